package com.coinop.adapter.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Import;

/** The configuration @WebMvcTest slices start from: the adapter's own configuration, as the bootstrap imports it. */
@SpringBootConfiguration
@Import(WebAdapterConfiguration.class)
public class WebTestApplication {
}
