package com.coinop.application.usage.port.in;

import java.util.List;

/**
 * What the page passes to {@code wx.config}: whether WeChat shows the result of every call (debug), the
 * official account, the signed timestamp (seconds) and nonce, the signature, and the JS APIs the page
 * may call.
 */
public record JsSdkConfig(boolean debug, String appId, long timestamp, String nonceStr, String signature,
                          List<String> jsApiList) {

    public JsSdkConfig {
        jsApiList = List.copyOf(jsApiList);
    }
}
