package com.coinop.adapter.wechat.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local WeChat sandbox ({@code coinop.wechat.sandbox.*}); off unless switched on, never under {@code prod}.
 *
 * @param enabled     start the sandbox and point the WeChat clients at it
 * @param port        port on 127.0.0.1; 0 picks a free one (the authorize URL names the actual one)
 * @param appId       the AppID the sandbox accepts when {@code coinop.wechat.app-id} is not set
 * @param secret      the AppSecret the sandbox accepts when {@code coinop.wechat.secret} is not set
 * @param jsapiTicket the jsapi ticket the sandbox hands out, so JS-SDK signatures can be checked by hand
 * @param pay         WeChat Pay in the sandbox
 */
@ConfigurationProperties("coinop.wechat.sandbox")
public record WechatSandboxProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("0") int port,
        @DefaultValue("wx00000000sandbox") String appId,
        @DefaultValue("sandbox-secret") String secret,
        @DefaultValue("sandbox-jsapi-ticket") String jsapiTicket,
        @DefaultValue Pay pay) {

    /**
     * WeChat Pay in the sandbox: on when WeChat Pay's private key is set, for the merchant of
     * {@code coinop.wechat.pay.*} (both as {@link WechatPaySandboxKeys#properties()} makes them).
     *
     * @param privateKey   WeChat Pay's private key (PEM), which signs answers and notifications
     * @param retrySpeedup WeChat Pay's notification retry schedule is divided by it (1: its own pace)
     */
    public record Pay(String privateKey, @DefaultValue("1") double retrySpeedup) {

        @Override
        public String toString() {
            return "Pay[privateKey=" + (privateKey == null ? "null" : "***") + ", retrySpeedup=" + retrySpeedup + "]";
        }
    }
}
