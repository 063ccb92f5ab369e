package com.coinop.adapter.wechat.recharge;

import java.net.URI;

/**
 * A local stand-in for WeChat Pay's API: when the application has one (the local run's WeChat sandbox, test
 * code that the production jar never carries), the WeChat Pay client calls it instead of
 * {@code coinop.wechat.pay.base-url}, with the keys of {@code coinop.wechat.pay.*}.
 */
public interface WechatPayStandIn {

    /** Where WeChat Pay's {@code /v3/…} API is served. */
    URI baseUrl();
}
