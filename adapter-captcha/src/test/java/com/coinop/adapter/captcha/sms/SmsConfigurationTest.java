package com.coinop.adapter.captcha.sms;

import com.coinop.adapter.captcha.CaptchaAdapterConfiguration;
import com.coinop.adapter.captcha.outbox.LocalOutboxSmsSender;
import com.coinop.application.signin.port.out.SmsSenderPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SmsConfigurationTest {

    private static final String[] ALIYUN = {
            "coinop.sms.provider=aliyun",
            "coinop.sms.aliyun.access-key-id=LTAI5tTestAccessKeyId",
            "coinop.sms.aliyun.access-key-secret=test-access-key-secret",
            "coinop.sms.aliyun.sign-name=投币科技",
            "coinop.sms.aliyun.template-code=SMS_154950909"};

    /** The adapter as the application has it; on this test classpath its scan also finds the local outbox. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CaptchaAdapterConfiguration.class);

    /** The SMS configuration of the production jar, which has no outbox. */
    private final ApplicationContextRunner productionOnly = new ApplicationContextRunner()
            .withUserConfiguration(SmsConfiguration.class);

    @Test
    void without_a_provider_start_up_stops_naming_the_setting_and_aliyun() {
        context.run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).isInstanceOf(InvalidConfigurationPropertyValueException.class)
                    .hasMessageContaining("coinop.sms.provider")
                    .hasMessageContaining("no SMS provider is set")
                    .hasMessageContaining("coinop.sms.provider=aliyun");
        });
    }

    @Test
    void the_production_configuration_alone_refuses_the_outbox_it_does_not_carry() {
        productionOnly.withPropertyValues("coinop.sms.provider=outbox").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).isInstanceOf(InvalidConfigurationPropertyValueException.class)
                    .hasMessageContaining("coinop.sms.provider")
                    .hasMessageContaining("Aliyun only")
                    .hasMessageContaining("bin/run-local");
        });
    }

    @Test
    void provider_aliyun_with_every_setting_gives_the_aliyun_sender_with_short_default_timeouts() {
        context.withPropertyValues(ALIYUN).run(ctx -> {
            assertThat(ctx).hasSingleBean(SmsSenderPort.class);
            assertThat(ctx.getBean(SmsSenderPort.class)).isInstanceOf(AliyunSmsSender.class);
            assertThat(ctx).doesNotHaveBean(LocalOutboxSmsSender.class);
            AliyunSmsProperties properties = ctx.getBean(AliyunSmsProperties.class);
            assertThat(properties.signName()).isEqualTo("投币科技");
            assertThat(properties.templateCode()).isEqualTo("SMS_154950909");
            assertThat(properties.endpoint()).isEqualTo("dysmsapi.aliyuncs.com");
            assertThat(properties.protocol()).isEqualTo("https");
            assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(3));
        });
    }

    @Test
    void endpoint_protocol_and_timeouts_bind_from_coinop_sms_aliyun() {
        context.withPropertyValues(ALIYUN)
                .withPropertyValues("coinop.sms.aliyun.endpoint=127.0.0.1:9", "coinop.sms.aliyun.protocol=HTTP",
                        "coinop.sms.aliyun.connect-timeout=500ms", "coinop.sms.aliyun.read-timeout=1s")
                .run(ctx -> {
                    AliyunSmsProperties properties = ctx.getBean(AliyunSmsProperties.class);
                    assertThat(properties.endpoint()).isEqualTo("127.0.0.1:9");
                    assertThat(properties.protocol()).isEqualTo("http");
                    assertThat(properties.connectTimeout()).isEqualTo(Duration.ofMillis(500));
                    assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"access-key-id", "access-key-secret", "sign-name", "template-code"})
    void provider_aliyun_missing_a_setting_stops_start_up_naming_it(String missing) {
        context.withPropertyValues(ALIYUN).withPropertyValues("coinop.sms.aliyun." + missing + "= ").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.sms.aliyun." + missing);
        });
    }

    @Test
    void provider_aliyun_without_any_setting_stops_start_up() {
        context.withPropertyValues("coinop.sms.provider=aliyun").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.sms.aliyun.access-key-id");
        });
    }

    @Test
    void an_unknown_provider_stops_start_up_naming_the_setting() {
        context.withPropertyValues("coinop.sms.provider=twilio").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).isInstanceOf(InvalidConfigurationPropertyValueException.class)
                    .hasMessageContaining("coinop.sms.provider").hasMessageContaining("twilio");
        });
    }

    @Test
    void an_unsupported_protocol_stops_start_up() {
        context.withPropertyValues(ALIYUN).withPropertyValues("coinop.sms.aliyun.protocol=ftp").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.sms.aliyun.protocol");
        });
    }

    @Test
    void the_secret_never_shows_in_the_properties_text() {
        AliyunSmsProperties properties = new AliyunSmsProperties("LTAI5tTestAccessKeyId", "test-access-key-secret",
                "投币科技", "SMS_154950909", null, null, null, null);

        assertThat(properties.toString()).contains("LTAI5tTestAccessKeyId").doesNotContain("test-access-key-secret");
    }
}
