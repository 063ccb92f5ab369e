package com.coinop.application.recharge.port.out;

/**
 * The parameters of {@code WeixinJSBridge.invoke('getBrandWCPayRequest', …)}, signed by the merchant
 * key, named as the bridge takes them ({@code packageValue} is the bridge's {@code package}).
 */
public record JsapiPayment(String appId, String timeStamp, String nonceStr, String packageValue, String signType,
                           String paySign) {

    public JsapiPayment {
        if (appId == null || timeStamp == null || nonceStr == null || packageValue == null || signType == null
                || paySign == null) {
            throw new IllegalArgumentException("a JSAPI payment has all six parameters");
        }
    }
}
