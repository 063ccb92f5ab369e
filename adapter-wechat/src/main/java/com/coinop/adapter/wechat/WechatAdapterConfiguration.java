package com.coinop.adapter.wechat;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the WeChat adapter (OAuth2 openid, WeChat Pay v3) for the bootstrap to import. The local WeChat
 * sandbox is not here but in this module's test-jar, which the scan finds only on a test classpath (the
 * tests and bin/run-local).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WechatAdapterConfiguration {
}
