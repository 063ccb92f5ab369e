package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.bootstrap.CoinopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run as a front-end developer meets it: WeChat sign-in through the sandbox, then every read endpoint shows demo data. */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class, LocalRunTest.DemoDataAtReadiness.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class LocalRunTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_local_run_test").forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Looks, at the moment the application turns ready, whether the demo user is there yet. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DemoDataAtReadiness {

        private final LoadUserPort loadUserPort;
        private volatile Boolean demoUserWhenReady;

        DemoDataAtReadiness(LoadUserPort loadUserPort) {
            this.loadUserPort = loadUserPort;
        }

        @EventListener
        void readinessChanged(AvailabilityChangeEvent<ReadinessState> change) {
            if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                demoUserWhenReady = loadUserPort.findByOpenId(LocalDemoData.DEMO_OPENID).isPresent();
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoDataAtReadiness demoDataAtReadiness;

    @Test
    void the_application_turns_ready_and_health_ok_only_with_the_demo_data_loaded() {
        assertThat(demoDataAtReadiness.demoUserWhenReady).as("demo user present when readiness changed").isTrue();
        assertThat(new Browser(port).get("/health").status()).isEqualTo(200);
    }

    @Test
    void the_demo_user_signs_in_through_the_wechat_sandbox_and_sees_the_demo_data() {
        Browser browser = new Browser(port);

        Browser.Answer callback = browser.signInWithWechat(LocalDemoData.DEMO_OPENID.value(), LocalDemoData.DEMO_NICK_NAME);

        assertThat(callback.status()).isEqualTo(302);
        String setCookie = callback.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("COINOP_SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(browser.get("/wechat/check").result().asString()).isEqualTo("success");

        String user = browser.get("/wechat/user").raw().body();
        assertThat(user).contains("\"nick_name\":\"演示用户 🎮\"", "\"mobile\":\"13800138000\"",
                "\"total_account\":170.00", "\"used_account\":88.10", "\"balance_account\":81.90");
        assertThat(browser.post("/wechat/recharge/list", "{}").raw().body()).contains("\"total\":3");
        assertThat(browser.post("/wechat/expense/list", "{}").raw().body())
                .contains("\"total\":5", "\"cost_money\":63.00", "\"location\":\"中关村大街 27 号\"");
    }

    @Test
    void the_sandbox_stand_in_for_wechat_sign_in_is_gone() {
        Browser.Answer old = new Browser(port).post("/sandbox/session", "");

        assertThat(old.status()).isEqualTo(404);
        assertThat(old.raw().headers().firstValue("Set-Cookie")).isEmpty();
    }
}
