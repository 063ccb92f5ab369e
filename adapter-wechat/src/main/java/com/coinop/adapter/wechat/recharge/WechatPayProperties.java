package com.coinop.adapter.wechat.recharge;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * coinop's WeChat Pay merchant and WeChat Pay's endpoint ({@code coinop.wechat.pay.*}), API v3 in WeChat Pay's
 * public-key mode. Every key is PEM text, so it can come from the environment; none is ever printed.
 *
 * @param mchId                the merchant id (商户号)
 * @param merchantPrivateKey   the merchant API private key (apiclient_key.pem, PKCS#8) that signs requests and
 *                             the JSAPI pay parameters; secret
 * @param merchantSerialNumber the serial number of the merchant API certificate, named in every request
 * @param apiV3Key             the APIv3 key (exactly 32 bytes) that decrypts notifications; secret
 * @param publicKey            the WeChat Pay public key (pub_key.pem) that verifies answers and notifications
 * @param publicKeyId          its id, {@code PUB_KEY_ID_…}, which WeChat Pay names in {@code Wechatpay-Serial}
 * @param platformCertificates WeChat Pay platform certificates (PEM) also accepted, for merchants still
 *                             switching from certificates to the public key; usually none
 * @param baseUrl              where WeChat Pay's API is
 * @param notifyUrl            the full URL WeChat Pay sends payment notifications to: coinop's
 *                             {@code https://…/wechat/pay/notify}
 * @param connectTimeout       how long to wait for a connection to WeChat Pay
 * @param readTimeout          how long to wait for WeChat Pay's answer
 * @param notificationSkew     how far a notification's timestamp may be from coinop's clock
 */
@ConfigurationProperties("coinop.wechat.pay")
public record WechatPayProperties(
        String mchId,
        String merchantPrivateKey,
        String merchantSerialNumber,
        String apiV3Key,
        String publicKey,
        String publicKeyId,
        List<String> platformCertificates,
        @DefaultValue("https://api.mch.weixin.qq.com") URI baseUrl,
        URI notifyUrl,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("5m") Duration notificationSkew) {

    static final String PREFIX = "coinop.wechat.pay.";
    static final String PUBLIC_KEY_ID_PREFIX = "PUB_KEY_ID_";

    public WechatPayProperties {
        mchId = required(mchId, "mch-id");
        merchantPrivateKey = required(merchantPrivateKey, "merchant-private-key");
        merchantSerialNumber = required(merchantSerialNumber, "merchant-serial-number");
        apiV3Key = required(apiV3Key, "api-v3-key");
        publicKey = required(publicKey, "public-key");
        publicKeyId = required(publicKeyId, "public-key-id");
        if (notifyUrl == null || notifyUrl.toString().isBlank()) {
            throw missing("notify-url");
        }
        // AES-256: the key is used as its UTF-8 bytes, so anything but 32 of them cannot decrypt a notification
        if (apiV3Key.getBytes(StandardCharsets.UTF_8).length != 32) {
            throw new IllegalArgumentException(PREFIX + "api-v3-key must be exactly 32 bytes (the APIv3 key set in the merchant platform)");
        }
        if (!publicKeyId.startsWith(PUBLIC_KEY_ID_PREFIX)) {
            throw new IllegalArgumentException(PREFIX + "public-key-id must be the id of the WeChat Pay public key, "
                    + PUBLIC_KEY_ID_PREFIX + "…, not " + publicKeyId);
        }
        // WeChat Pay refuses a notify_url with a query string, and calls only absolute http(s) URLs
        String scheme = notifyUrl.getScheme();
        if (!notifyUrl.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || notifyUrl.getRawQuery() != null
                || notifyUrl.getHost() == null) {
            throw new IllegalArgumentException(PREFIX + "notify-url must be an absolute https URL without a query, not " + notifyUrl);
        }
        platformCertificates = platformCertificates == null ? List.of() : List.copyOf(platformCertificates);
        baseUrl = baseUrl == null ? URI.create("https://api.mch.weixin.qq.com") : baseUrl;
        connectTimeout = positive(connectTimeout, Duration.ofSeconds(2), "connect-timeout");
        readTimeout = positive(readTimeout, Duration.ofSeconds(5), "read-timeout");
        notificationSkew = positive(notificationSkew, Duration.ofMinutes(5), "notification-skew");
    }

    @Override
    public String toString() {
        // the generated toString would print the merchant private key and the APIv3 key into any log
        return "WechatPayProperties[mchId=" + mchId + ", merchantPrivateKey=***, merchantSerialNumber=" + merchantSerialNumber
                + ", apiV3Key=***, publicKeyId=" + publicKeyId + ", platformCertificates=" + platformCertificates.size()
                + ", baseUrl=" + baseUrl + ", notifyUrl=" + notifyUrl + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", notificationSkew=" + notificationSkew + "]";
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw missing(name);
        }
        return value.strip();
    }

    private static IllegalArgumentException missing(String name) {
        return new IllegalArgumentException(PREFIX + name + " is missing (WeChat Pay cannot be used without it)");
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(PREFIX + name + " must be positive, not " + value);
        }
        return value;
    }
}
