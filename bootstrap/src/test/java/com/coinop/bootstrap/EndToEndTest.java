package com.coinop.bootstrap;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.recharge.port.in.CreditPaidRechargeCommand;
import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP, on a real MariaDB and Redis: a user with recharges credited
 * and sessions charged through the use cases, signed in through the session store, reading the four
 * endpoints as the H5 page does.
 */
@SpringBootTest(classes = CoinopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class EndToEndTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 1, 10, 0, 0);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_e2e").forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;
    @Autowired
    SaveUserPort saveUserPort;
    @Autowired
    SaveDevicePort saveDevicePort;
    @Autowired
    RechargeOrderPort rechargeOrderPort;
    @Autowired
    UsageSessionPort usageSessionPort;
    @Autowired
    CreditPaidRechargeUseCase creditPaidRecharge;
    @Autowired
    ChargeUsageUseCase chargeUsage;
    @Autowired
    SessionStorePort sessionStore;

    private User user;
    private HttpTestClient signedIn;

    @BeforeEach
    void aUserWithTwoRechargesAndThreeExpenses() {
        user = saveUserPort.insert(TestUsers.activeUser().withNickName("端到端 🎯").at(T0.minusDays(1)).build());
        pay(TestRecharges.createdOrder(user.id()).of(Money.ofYuan(30)).createdAt(T0).build());
        pay(TestRecharges.createdOrder(user.id()).of(Money.ofFen(1250)).createdAt(T0.plusDays(1)).build());
        Device device = TestDevices.device().pricedAt(Money.ofFen(75)).build();
        saveDevicePort.save(device);
        use(device, T0.plusHours(1), 59);          // 1 started minute: 0.75
        use(device, T0.plusHours(2), 3601);        // 61 started minutes: 45.75, capped by the balance
        use(device, T0.plusDays(2), 600);          // nothing left: 0.00
        Session session = sessionStore.create(user.openId(), user.id());
        signedIn = new HttpTestClient(port).withCookie("COINOP_SESSION=" + session.id().value());
    }

    private void pay(RechargeOrder created) {
        RechargeOrder order = rechargeOrderPort.insert(created, created.ctime().plusMinutes(5));
        creditPaidRecharge.credit(new CreditPaidRechargeCommand(order.outTradeNo(), TestRecharges.nextTransactionId(),
                order.amount(), order.ctime().plusMinutes(1)));
    }

    private void use(Device device, LocalDateTime start, long seconds) {
        UsageSession started = usageSessionPort.insert(TestUsage.on(device).by(user.id()).startedAt(start).build());
        chargeUsage.charge(new ChargeUsageCommand(started.id(), start.plusSeconds(seconds), UsageEndReason.USER));
    }

    @Test
    void the_user_sees_the_account_that_the_money_movements_left() {
        HttpTestClient.Answer answer = signedIn.get("/wechat/user");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("success").asBoolean()).isTrue();
        JsonNode result = answer.result();
        assertThat(result.get("id").asLong()).isEqualTo(user.id().value());
        assertThat(result.get("nick_name").asString()).isEqualTo("端到端 🎯");
        assertThat(result.get("mobile").asString()).isEqualTo(user.mobile().value());
        assertThat(answer.body()).contains("\"total_account\":42.50", "\"used_account\":42.50", "\"balance_account\":0.00");
        assertThat(result.get("state").asInt()).isEqualTo(1);
        assertThat(result.get("ctime").asString()).isEqualTo("2026-02-28 10:00:00");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_payment_shows_on_the_very_next_read_though_the_user_is_answered_from_memory() {
        assertThat(signedIn.get("/wechat/user").body()).contains("\"balance_account\":0.00");

        pay(TestRecharges.createdOrder(user.id()).of(Money.ofFen(999)).createdAt(T0.plusDays(2)).build());

        assertThat(signedIn.get("/wechat/user").body()).contains("\"total_account\":52.49", "\"balance_account\":9.99");
    }

    @Test
    void a_request_tomcat_refuses_before_any_servlet_still_gets_the_envelope() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write("GET /health?a[]={x} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json")
                    .endsWith("{\"success\":false,\"result\":null,\"error\":\"请求不正确\",\"error_code\":\"BAD_REQUEST\"}")
                    .doesNotContain("<html", "Tomcat");
        }
    }

    @Test
    void check_says_success_for_a_signed_in_user_and_the_seed_codes_otherwise() {
        assertThat(signedIn.get("/wechat/check").body())
                .isEqualTo("{\"success\":true,\"result\":\"success\",\"error\":null,\"error_code\":null}");

        HttpTestClient.Answer anonymous = new HttpTestClient(port).get("/wechat/check");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.result().asInt()).isEqualTo(-1);
        assertThat(anonymous.json().get("success").asBoolean()).isFalse();

        Session openIdOnly = sessionStore.create(user.openId(), null);
        HttpTestClient.Answer notBound = new HttpTestClient(port).withCookie("COINOP_SESSION=" + openIdOnly.id().value())
                .get("/wechat/check");
        assertThat(notBound.status()).isEqualTo(200);
        assertThat(notBound.result().asInt()).isEqualTo(0);
    }

    @Test
    void recharges_are_listed_newest_first_with_the_user() {
        HttpTestClient.Answer answer = signedIn.postJson("/wechat/recharge/list", "{\"page\":1,\"size\":10}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.result().get("total").asLong()).isEqualTo(2);
        JsonNode newest = answer.result().get("data").get(0);
        assertThat(newest.get("pay_time").asString()).isEqualTo("2026-03-02 10:01:00");
        assertThat(newest.get("user").get("id").asLong()).isEqualTo(user.id().value());
        assertThat(newest.get("transaction_id").asString()).startsWith("4200");
        assertThat(answer.body()).contains("\"amount\":12.50", "\"amount\":30.00");
    }

    @Test
    void expenses_are_listed_newest_first_with_costs_and_minutes_and_filtered_by_end_time() {
        HttpTestClient.Answer all = signedIn.postJson("/wechat/expense/list", "{\"page\":1,\"size\":2}");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.result().get("total").asLong()).isEqualTo(3);
        JsonNode page = all.result().get("data");
        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("end_time").asString()).isEqualTo("2026-03-03 10:10:00");
        assertThat(page.get(0).get("cost_time").asLong()).isEqualTo(10);
        assertThat(page.get(1).get("ctime").asString()).isEqualTo("2026-03-01 12:00:00");
        assertThat(page.get(1).get("cost_time").asLong()).isEqualTo(60);
        assertThat(all.body()).contains("\"cost_money\":0.00", "\"cost_money\":41.75");

        HttpTestClient.Answer secondPage = signedIn.postJson("/wechat/expense/list", "{\"page\":2,\"size\":2}");
        assertThat(secondPage.result().get("data")).hasSize(1);
        assertThat(secondPage.body()).contains("\"cost_money\":0.75");

        HttpTestClient.Answer firstDay = signedIn.postJson("/wechat/expense/list",
                "{\"page\":1,\"size\":10,\"start_time\":\"2026-03-01 00:00:00\",\"end_time\":\"2026-03-01 23:59:59\"}");
        assertThat(firstDay.result().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void bad_input_is_400_and_not_signed_in_is_401() {
        HttpTestClient.Answer pageZero = signedIn.postJson("/wechat/expense/list", "{\"page\":0}");
        assertThat(pageZero.status()).isEqualTo(400);
        assertThat(pageZero.json().get("error_code").asString()).isEqualTo("INVALID_PAGE");

        HttpTestClient.Answer badTime = signedIn.postJson("/wechat/recharge/list", "{\"start_time\":\"2026-02-30 00:00:00\"}");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().get("error_code").asString()).isEqualTo("INVALID_TIME");

        HttpTestClient.Answer anonymous = new HttpTestClient(port).get("/wechat/user");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error_code").asString()).isEqualTo("NOT_SIGNED_IN");
    }

    @Test
    void a_post_from_another_site_is_refused() {
        HttpTestClient.Answer answer = signedIn.withHeader("Origin", "https://evil.example")
                .withHeader("Sec-Fetch-Site", "cross-site")
                .postJson("/wechat/expense/list", "{}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error_code").asString()).isEqualTo("CROSS_SITE_REQUEST");
    }

    @Test
    void an_ended_session_is_no_longer_signed_in() {
        Session session = sessionStore.create(user.openId(), user.id());
        sessionStore.delete(session.id());

        HttpTestClient.Answer answer = new HttpTestClient(port).withCookie("COINOP_SESSION=" + session.id().value())
                .get("/wechat/user");

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void the_trivial_endpoint_answers() {
        HttpTestClient.Answer answer = new HttpTestClient(port).get("/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.result().asString()).isEqualTo("ok");
    }
}
