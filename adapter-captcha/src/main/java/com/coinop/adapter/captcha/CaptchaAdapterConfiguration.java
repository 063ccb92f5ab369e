package com.coinop.adapter.captcha;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the captcha adapter (Geetest v3 and Aliyun SMS). The bootstrap imports it; the local SMS outbox
 * is not here but in this module's test-jar, which the scan finds only on a test classpath (the tests
 * and bin/run-local).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CaptchaAdapterConfiguration {
}
