package com.coinop.adapter.captcha;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the captcha adapter (Geetest v3 and the SMS senders). The bootstrap imports it; the sign-in
 * issue adds the beans it scans.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CaptchaAdapterConfiguration {
}
