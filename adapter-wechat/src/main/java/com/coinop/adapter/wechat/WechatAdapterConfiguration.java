package com.coinop.adapter.wechat;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

import com.coinop.adapter.wechat.recharge.WechatPayConfiguration;

/**
 * Wires the WeChat adapter (OAuth2 openid, JS-SDK signature). The bootstrap imports it; the local WeChat sandbox
 * is not here but in this module's test-jar, which the scan finds only on a test classpath (the tests and
 * bin/run-local). WeChat Pay ({@link WechatPayConfiguration}) is left out of the scan: it needs the merchant's
 * keys, so the application imports it where it wants payments.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = WechatPayConfiguration.class))
public class WechatAdapterConfiguration {
}
