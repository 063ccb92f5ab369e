package com.coinop.adapter.captcha.outbox;

import com.coinop.adapter.captcha.CaptchaAdapterConfiguration;
import com.coinop.application.signin.port.out.SmsSenderPort;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LocalOutboxConfigurationTest {

    /** The adapter on a test classpath, where its scan finds the outbox as the local run does. */
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CaptchaAdapterConfiguration.class);

    @Test
    void provider_outbox_makes_the_outbox_the_only_sms_sender() {
        context.withPropertyValues("coinop.sms.provider=outbox").run(ctx -> {
            assertThat(ctx).hasSingleBean(SmsSenderPort.class);
            assertThat(ctx.getBean(SmsSenderPort.class)).isInstanceOf(LocalOutboxSmsSender.class);
        });
    }

    @Test
    void the_outbox_refuses_to_start_under_the_prod_profile() {
        context.withPropertyValues("coinop.sms.provider=outbox", "spring.profiles.active=prod").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("prod").hasMessageContaining("outbox");
        });
    }
}
