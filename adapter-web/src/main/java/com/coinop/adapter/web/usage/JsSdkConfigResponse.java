package com.coinop.adapter.web.usage;

import com.coinop.application.usage.port.in.JsSdkConfig;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The object the page passes as it is to {@code wx.config}, named as the JS-SDK reads it (the seed's names). */
@JsonPropertyOrder({"debug", "appId", "timestamp", "nonceStr", "signature", "jsApiList"})
public record JsSdkConfigResponse(boolean debug, String appId, long timestamp, String nonceStr, String signature,
                                  List<String> jsApiList) {

    static JsSdkConfigResponse from(JsSdkConfig config) {
        return new JsSdkConfigResponse(config.debug(), config.appId(), config.timestamp(), config.nonceStr(),
                config.signature(), config.jsApiList());
    }
}
