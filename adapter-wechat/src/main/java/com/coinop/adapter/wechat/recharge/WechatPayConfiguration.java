package com.coinop.adapter.wechat.recharge;

import java.time.Clock;
import java.time.ZoneId;

import org.apache.http.impl.client.CloseableHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.coinop.adapter.wechat.mp.WechatMpStandIn;
import com.coinop.adapter.wechat.mp.WechatProperties;
import com.github.binarywang.wxpay.config.WxPayConfig;
import com.github.binarywang.wxpay.service.WxPayService;
import com.github.binarywang.wxpay.service.impl.WxPayServiceApacheHttpImpl;
import com.github.binarywang.wxpay.v3.auth.PrivateKeySigner;
import com.github.binarywang.wxpay.v3.auth.WxPayCredentials;

/**
 * Builds the WeChat Pay adapter ({@link com.coinop.application.recharge.port.out.WechatPayPort}) from
 * {@code coinop.wechat.pay.*}, the official account's app id ({@code coinop.wechat.app-id}), the business zone
 * ({@code coinop.zone}) and the application's clock. Found by {@link com.coinop.adapter.wechat.WechatAdapterConfiguration}'s
 * scan; the local sandbox, when a test-jar puts it on the classpath, stands in for WeChat Pay's servers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({WechatPayProperties.class, WechatProperties.class})
public class WechatPayConfiguration {

    @Bean
    WxJavaWechatPayAdapter wechatPayAdapter(WechatPayProperties pay, WechatProperties wechat,
                                            ObjectProvider<WechatMpStandIn> mpStandIn, ObjectProvider<WechatPayStandIn> payStandIn,
                                            ObjectProvider<Clock> clock, @Value("${coinop.zone:Asia/Shanghai}") ZoneId zone) {
        String appId = appId(wechat, mpStandIn.getIfAvailable());
        WechatPayKeys keys = WechatPayKeys.from(pay);
        WechatPaySignatures signatures = new WechatPaySignatures(keys.wechatPayKeys());
        WechatPayStandIn standIn = payStandIn.getIfAvailable();
        String baseUrl = (standIn == null ? pay.baseUrl() : standIn.baseUrl()).toString();

        WxPayConfig config = new WxPayConfig();
        config.setAppId(appId);
        config.setMchId(pay.mchId());
        config.setApiV3Key(pay.apiV3Key());
        config.setCertSerialNo(pay.merchantSerialNumber());
        config.setPublicKeyId(pay.publicKeyId());
        config.setFullPublicKeyModel(true);
        config.setNotifyUrl(pay.notifyUrl().toString());
        // WxPayServiceImpl appends "/v3/…" to the host as it is
        config.setApiHostUrl(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        config.setHttpConnectionTimeout(Math.toIntExact(pay.connectTimeout().toMillis()));
        config.setHttpTimeout(Math.toIntExact(pay.readTimeout().toMillis()));
        // the JSAPI pay parameters are signed with it; the HTTP client below signs the requests
        config.setPrivateKey(keys.merchantPrivateKey());
        CloseableHttpClient httpClient = WechatPayHttpClients.create(
                new WxPayCredentials(pay.mchId(), new PrivateKeySigner(pay.merchantSerialNumber(), keys.merchantPrivateKey())),
                signatures, pay.connectTimeout(), pay.readTimeout());
        // given, WxJava never builds its own client (which would sign and verify only for *.mch.weixin.qq.com)
        config.setApiV3HttpClient(httpClient);

        WxPayService service = new WxPayServiceApacheHttpImpl();
        service.setConfig(config);
        NotificationReader notifications = new NotificationReader(signatures, pay.apiV3Key(), appId, pay.mchId(), zone,
                clock.getIfAvailable(Clock::systemUTC), pay.notificationSkew());
        return new WxJavaWechatPayAdapter(service, httpClient, notifications, appId, pay.mchId(), pay.notifyUrl().toString(), zone);
    }

    private static String appId(WechatProperties wechat, WechatMpStandIn standIn) {
        if (wechat.configured()) {
            return wechat.appId();
        }
        if (standIn != null) {
            return standIn.appId();
        }
        throw new IllegalArgumentException("coinop.wechat.app-id is missing: WeChat Pay's JSAPI payments belong to the official account");
    }
}
