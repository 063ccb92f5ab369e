package com.coinop.adapter.captcha.sms;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Aliyun SMS account, template and endpoint ({@code coinop.sms.aliyun.*}); bound only when
 * {@code coinop.sms.provider=aliyun}, and then every setting without a default is required.
 *
 * @param accessKeyId     AccessKey id of a RAM user allowed to call dysmsapi:SendSms
 * @param accessKeySecret its secret; signs every request, never logged
 * @param signName        the approved SMS signature (签名), e.g. 某某科技
 * @param templateCode    the approved verification-code template, e.g. SMS_123456789, with one variable ${code}
 * @param endpoint        host[:port] of the API; a test points it at a local server
 * @param protocol        {@code https}, or {@code http} for that local server
 * @param connectTimeout  upper bound for opening the connection
 * @param readTimeout     upper bound for waiting on the answer
 */
@ConfigurationProperties("coinop.sms.aliyun")
public record AliyunSmsProperties(
        String accessKeyId,
        String accessKeySecret,
        String signName,
        String templateCode,
        @DefaultValue("dysmsapi.aliyuncs.com") String endpoint,
        @DefaultValue("https") String protocol,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout) {

    public AliyunSmsProperties {
        // a missing secret in prod must stop start-up naming the variable, not fail the first sign-in
        accessKeyId = required(accessKeyId, "access-key-id");
        accessKeySecret = required(accessKeySecret, "access-key-secret");
        signName = required(signName, "sign-name");
        templateCode = required(templateCode, "template-code");
        endpoint = blankToNull(endpoint) == null ? "dysmsapi.aliyuncs.com" : endpoint.strip();
        protocol = blankToNull(protocol) == null ? "https" : protocol.strip().toLowerCase(Locale.ROOT);
        if (!protocol.equals("https") && !protocol.equals("http")) {
            throw new IllegalArgumentException("coinop.sms.aliyun.protocol must be https or http, not " + protocol);
        }
        connectTimeout = positive(connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout, "connect-timeout");
        readTimeout = positive(readTimeout == null ? Duration.ofSeconds(3) : readTimeout, "read-timeout");
    }

    @Override
    public String toString() {
        // the generated toString would put the secret into any failure report that prints the bean
        return "AliyunSmsProperties[accessKeyId=" + accessKeyId + ", accessKeySecret=***, signName=" + signName
                + ", templateCode=" + templateCode + ", endpoint=" + endpoint + ", protocol=" + protocol
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    private static String required(String value, String name) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            throw new IllegalArgumentException("coinop.sms.aliyun." + name + " is missing (required when coinop.sms.provider=aliyun)");
        }
        return stripped;
    }

    private static Duration positive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("coinop.sms.aliyun." + name + " must be positive");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
