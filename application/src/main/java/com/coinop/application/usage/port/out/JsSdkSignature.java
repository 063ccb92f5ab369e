package com.coinop.application.usage.port.out;

/** A page's JS-SDK signature: the official account, the timestamp (seconds) and nonce it was made with. */
public record JsSdkSignature(String appId, long timestamp, String nonceStr, String signature) {

    public JsSdkSignature {
        if (appId == null || nonceStr == null || signature == null) {
            throw new IllegalArgumentException("a JS-SDK signature names its app, nonce and signature");
        }
    }
}
