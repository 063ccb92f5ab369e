package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.bootstrap.CoinopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sixth SMS code for a mobile within an hour is refused. The limits live on Redis's clock, which no
 * test can move, so this application allows a code a second per mobile and the hourly limit is what
 * stops the sixth.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "coinop.sign-in.per-mobile-per-minute=100"})
@ActiveProfiles("local")
class SmsHourlyLimitEndToEndTest {

    private static final AtomicLong MOBILES = new AtomicLong(13_600_000_000L + System.nanoTime() % 90_000_000L);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_sms_limit_test").forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    @Test
    void the_sixth_code_in_an_hour_is_429_and_says_when_to_try_again() {
        Browser browser = new Browser(port);
        String mobile = String.valueOf(MOBILES.incrementAndGet());
        browser.signInWithWechat("o-limit-" + mobile, "n");

        for (int sent = 1; sent <= 5; sent++) {
            assertThat(browser.requestSmsCode(mobile).status()).as("code %d", sent).isEqualTo(200);
        }
        Browser.Answer sixth = browser.requestSmsCode(mobile);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(sixth.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(3000, 3600);
        assertThat(sixth.json().get("error").asString()).contains("1 小时");
    }
}
