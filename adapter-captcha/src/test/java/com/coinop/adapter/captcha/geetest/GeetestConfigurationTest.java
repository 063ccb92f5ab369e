package com.coinop.adapter.captcha.geetest;

import com.coinop.adapter.captcha.CaptchaAdapterConfiguration;
import com.coinop.application.signin.port.out.CaptchaPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GeetestConfigurationTest {

    // the adapter does not start without an SMS sender; the local outbox is the one that needs no account
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CaptchaAdapterConfiguration.class)
            .withPropertyValues("coinop.sms.provider=outbox");

    @Test
    void the_component_scan_provides_the_geetest_captcha_port_with_defaults() {
        context.run(ctx -> {
            assertThat(ctx).hasSingleBean(CaptchaPort.class);
            assertThat(ctx.getBean(CaptchaPort.class)).isInstanceOf(GeetestCaptchaAdapter.class);
            GeetestProperties properties = ctx.getBean(GeetestProperties.class);
            assertThat(properties.baseUrl()).isEqualTo(URI.create("https://api.geetest.com"));
            assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(properties.configured()).isFalse();
        });
    }

    @Test
    void the_properties_bind_from_coinop_geetest() {
        context.withPropertyValues(
                        "coinop.geetest.captcha-id=gt-id",
                        "coinop.geetest.private-key=secret-key",
                        "coinop.geetest.base-url=http://127.0.0.1:9",
                        "coinop.geetest.timeout=300ms")
                .run(ctx -> {
                    GeetestProperties properties = ctx.getBean(GeetestProperties.class);
                    assertThat(properties.captchaId()).isEqualTo("gt-id");
                    assertThat(properties.privateKey()).isEqualTo("secret-key");
                    assertThat(properties.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));
                    assertThat(properties.timeout()).isEqualTo(Duration.ofMillis(300));
                    assertThat(properties.configured()).isTrue();
                });
    }

    @Test
    void half_a_key_pair_stops_start_up_naming_the_missing_property() {
        context.withPropertyValues("coinop.geetest.captcha-id=gt-id").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.geetest.private-key");
        });
        context.withPropertyValues("coinop.geetest.private-key=secret-key").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.geetest.captcha-id");
        });
    }

    @Test
    void the_private_key_never_shows_in_the_properties_text() {
        GeetestProperties properties = new GeetestProperties("gt-id", "secret-key", null, null);

        assertThat(properties.toString()).contains("gt-id").doesNotContain("secret-key");
    }
}
