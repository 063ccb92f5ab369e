package com.coinop.adapter.wechat;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the WeChat adapter (OAuth2 openid, JS-SDK signature, WeChat Pay, the local WeChat sandbox).
 * The bootstrap imports it; the sign-in and recharge issues add the beans it scans.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WechatAdapterConfiguration {
}
