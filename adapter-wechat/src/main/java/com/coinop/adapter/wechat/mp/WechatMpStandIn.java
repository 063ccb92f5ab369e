package com.coinop.adapter.wechat.mp;

import java.net.URI;

/**
 * A local stand-in for WeChat's official-account servers: when the application has one (the local run's
 * WeChat sandbox, which lives in test code and never in the production jar), the WxJava client calls it,
 * with its account, instead of WeChat.
 */
public interface WechatMpStandIn {

    /** Where WeChat's three hosts (api, open, mp) are all served. */
    URI baseUrl();

    /** The AppID the stand-in accepts. */
    String appId();

    /** The AppSecret the stand-in accepts. */
    String secret();
}
