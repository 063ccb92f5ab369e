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
        properties = {"coinop.web.trusted-proxies=127.0.0.1,::1", "coinop.sign-in.per-mobile-per-minute=100",
                // the budget every instance shares in failback is one Redis count for all test contexts too
                "coinop.sign-in.failback.sends-per-minute=1000"})
@ActiveProfiles("local")
class SmsHourlyLimitEndToEndTest {

    private static final AtomicLong MOBILES = new AtomicLong(13_600_000_000L + System.nanoTime() % 90_000_000L);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_sms_limit_test").forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    /** Six WeChat users on six networks ask for codes for one mobile: the mobile's own limit stops the sixth. */
    @Test
    void the_sixth_code_in_an_hour_is_429_and_says_when_to_try_again() {
        String mobile = String.valueOf(MOBILES.incrementAndGet());
        for (int sent = 1; sent <= 5; sent++) {
            assertThat(aWechatUser(mobile, sent).requestSmsCode(mobile).status()).as("code %d", sent).isEqualTo(200);
        }
        Browser.Answer sixth = aWechatUser(mobile, 6).requestSmsCode(mobile);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(sixth.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(3000, 3600);
        assertThat(sixth.json().get("error").asString()).contains("1 小时");
    }

    private Browser aWechatUser(String mobile, int number) {
        Browser browser = new Browser(port);
        browser.signInWithWechat("o-limit-" + mobile + "-" + number, "n");
        return browser;
    }
}
