package com.coinop.adapter.wechat.recharge;

import java.time.Duration;

import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.execchain.ClientExecChain;

import com.github.binarywang.wxpay.v3.Credentials;

/** Builds the HTTP client WxJava's WeChat Pay service calls API v3 with: signed requests, verified answers, bounded waits. */
final class WechatPayHttpClients {

    private WechatPayHttpClients() {
    }

    static CloseableHttpClient create(Credentials credentials, WechatPaySignatures signatures, Duration connectTimeout,
                                      Duration readTimeout) {
        int connect = Math.toIntExact(connectTimeout.toMillis());
        int read = Math.toIntExact(readTimeout.toMillis());
        HttpClientBuilder builder = new HttpClientBuilder() {
            @Override
            protected ClientExecChain decorateProtocolExec(ClientExecChain protocolExec) {
                return new SignedExchangeExec(protocolExec, credentials, signatures);
            }
        };
        return builder
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(connect)
                        .setConnectionRequestTimeout(connect)
                        .setSocketTimeout(read)
                        .build())
                // a POST that timed out may have reached WeChat Pay: the application decides what to do, not a retry here
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setMaxConnTotal(20)
                .setMaxConnPerRoute(20)
                .setUserAgent("coinop (WxJava weixin-java-pay)")
                .build();
    }
}
