package com.coinop.adapter.captcha.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which SMS sender runs ({@code coinop.sms.provider}); bound so that a misspelt provider stops start-up
 * with a binding error instead of leaving the application without an SMS sender.
 *
 * @param provider {@code outbox} (the default, local profile) or {@code aliyun}
 */
@ConfigurationProperties("coinop.sms")
public record SmsProperties(@DefaultValue("outbox") Provider provider) {

    /** The SMS senders this adapter has. */
    public enum Provider {
        /** Codes stay in memory and go to the console: {@link LocalOutboxSmsSender}. */
        OUTBOX,
        /** Codes go to phones through Aliyun SMS: {@link AliyunSmsSender}. */
        ALIYUN
    }

    public SmsProperties {
        if (provider == null) {
            provider = Provider.OUTBOX;
        }
    }
}
