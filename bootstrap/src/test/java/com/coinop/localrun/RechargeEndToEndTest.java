package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.Eventually;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.adapter.wechat.sandbox.WechatPaySandbox.Delivery;
import com.coinop.adapter.wechat.sandbox.WechatPaySandbox.Forgery;
import com.coinop.adapter.wechat.sandbox.WechatPaySandbox;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.bootstrap.CoinopApplication;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.User;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recharge as the H5 page and WeChat Pay do it, over HTTP against the local run's application and the
 * WeChat sandbox's Pay: the real WxJava client, signatures, encrypted notifications and WeChat Pay's
 * retries. The application listens on a port chosen before it starts, since WeChat Pay is told where to
 * notify at every prepay. Reconciliation runs every 300 ms but checks an order only an hour after its
 * creation, so no test races it unless it makes its order due.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class, RechargeEndToEndTest.Faults.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"coinop.recharge.first-check=1h", "coinop.recharge.reconcile-every=300ms"})
@ActiveProfiles("local")
class RechargeEndToEndTest {

    private static final int PORT = TestInfrastructure.freePort();
    private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final Duration WAIT = Duration.ofSeconds(15);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_recharge_test").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("server.port", () -> PORT);
    }

    @Autowired
    private WechatSandboxServer wechat;

    @Autowired
    private SaveUserPort saveUserPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private RechargeOrderPort rechargeOrderPort;

    @Autowired
    private Faults faults;

    @Autowired
    private JdbcTemplate jdbc;

    private Browser browser;
    private User user;

    /** A WeChat user with a bound mobile, signed in silently through the sandbox's OAuth. */
    @BeforeEach
    void aSignedInUser() {
        long n = USERS.incrementAndGet();
        user = saveUserPort.insert(TestUsers.activeUser().withOpenId("o-recharge-" + n)
                .withMobile(String.valueOf(15_000_000_000L + n)).build());
        browser = new Browser(PORT);
        assertThat(browser.signInWithWechat(user.openId().value(), "n").status()).isEqualTo(302);
        assertThat(browser.get("/wechat/check").result().asString()).isEqualTo("success");
    }

    private WechatPaySandbox pay() {
        return wechat.pay();
    }

    private String recharge(int yuan) {
        Browser.Answer created = browser.get("/wechat/recharge/" + yuan);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(200);
        return created.result().get("order_no").asString();
    }

    private BigDecimal balance() {
        return browser.get("/wechat/user").result().get("balance_account").decimalValue();
    }

    @Test
    void sign_in_recharge_50_pay_in_wechat_and_the_balance_and_the_list_show_it() throws Exception {
        Browser.Answer created = browser.get("/wechat/recharge/50");
        assertThat(created.status()).isEqualTo(200);
        JsonNode result = created.result();
        String orderNo = result.get("order_no").asString();
        assertThat(result.get("amount").decimalValue()).isEqualByComparingTo("50.00");
        JsonNode bridge = result.get("pay");
        assertThat(bridge.propertyNames()).containsExactly("appId", "timeStamp", "nonceStr", "package", "signType", "paySign");
        // what the bridge script asks WeChat Pay (the sandbox) before it shows the payer the amount
        HttpResponse<String> check = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(wechat.baseUrl() + "/sandbox/pay/check-pay-sign"))
                .POST(HttpRequest.BodyPublishers.ofString(bridge.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);

        WechatPaySandbox.Order paid = pay().pay(orderNo);

        Eventually.await(() -> balance().compareTo(new BigDecimal("50.00")) == 0, WAIT, "the balance shows the payment");
        assertThat(pay().awaitDeliveries(orderNo, 1, WAIT)).extracting(Delivery::status).containsExactly(204);
        JsonNode list = browser.post("/wechat/recharge/list", "{\"page\": 1, \"size\": 10}").result();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        JsonNode item = list.get("data").get(0);
        assertThat(item.get("transaction_id").asString()).isEqualTo(paid.transactionId());
        assertThat(item.get("amount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(item.get("pay_time").asString())
                .isEqualTo(paid.successTime().atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime()
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
    }

    @Test
    void ten_identical_notifications_in_a_row_and_ten_at_once_credit_once_and_each_is_answered_204() {
        String orderNo = recharge(20);
        pay().pay(orderNo);
        pay().awaitDeliveries(orderNo, 1, WAIT);

        for (int i = 0; i < 10; i++) {
            pay().resend(orderNo);
        }
        List<Outcome<Object>> atOnce = Concurrently.run(10, () -> {
            pay().resend(orderNo);
            return null;
        });

        assertThat(atOnce).noneMatch(Outcome::failed);
        List<Delivery> deliveries = pay().awaitDeliveries(orderNo, 21, WAIT);
        assertThat(deliveries).hasSize(21).allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(204));
        assertCreditedOnce(orderNo, "20.00");
    }

    @Test
    void forged_stale_wrong_amount_and_foreign_notifications_are_refused_and_credit_nothing() {
        String orderNo = recharge(30);
        faults.refuseEveryNotificationOf(orderNo);
        pay().pay(orderNo);
        pay().awaitDeliveries(orderNo, 1, WAIT);
        faults.clear();
        int before = pay().deliveries(orderNo).size();

        for (Forgery forgery : Forgery.values()) {
            pay().sendForged(orderNo, forgery);
        }
        pay().sendWithAmount(orderNo, 2_999);

        List<Delivery> refused = pay().awaitDeliveries(orderNo, before + Forgery.values().length + 1, WAIT)
                .subList(before, before + Forgery.values().length + 1);
        assertThat(refused).allSatisfy(delivery -> {
            assertThat(delivery.status()).isBetween(400, 499);
            assertThat(delivery.answer()).contains("\"code\":\"FAIL\"");
        });
        RechargeOrder order = order(orderNo);
        assertThat(order.status()).as("untouched by every forgery").isEqualTo(RechargeStatus.CREATED);
        assertThat(ledgerPort.findByReference(order.ledgerReference())).isEmpty();
    }

    @Test
    void a_crash_after_the_commit_and_before_the_answer_is_retried_by_wechat_pay_and_credited_once() {
        String orderNo = recharge(40);
        faults.failAfterTheCommitOnce(orderNo);

        pay().pay(orderNo);

        List<Delivery> deliveries = pay().awaitDeliveries(orderNo, 2, WAIT);
        assertThat(deliveries.get(0).status()).as("the first answer is lost").isEqualTo(500);
        assertThat(deliveries.get(1).status()).as("WeChat Pay's retry is done").isEqualTo(204);
        assertCreditedOnce(orderNo, "40.00");
    }

    @Test
    void a_payment_whose_notifications_never_get_through_is_credited_by_reconciliation() {
        String orderNo = recharge(60);
        faults.refuseEveryNotificationOf(orderNo);

        pay().pay(orderNo);
        pay().awaitDeliveries(orderNo, 2, WAIT);
        // an hour later, as far as the check is concerned
        jdbc.update("UPDATE recharge_orders SET next_check_time = '2000-01-01 00:00:00' WHERE out_trade_no = ?", orderNo);

        Eventually.await(() -> order(orderNo).status() == RechargeStatus.PAID, WAIT, "reconciliation finds the payment");
        assertCreditedOnce(orderNo, "60.00");
        assertThat(pay().deliveries(orderNo)).allSatisfy(delivery -> assertThat(delivery.accepted()).isFalse());
    }

    @Test
    void wrong_amounts_are_400_before_anything_and_open_orders_past_five_are_429() {
        assertThat(browser.get("/wechat/recharge/0").status()).isEqualTo(400);
        assertThat(browser.get("/wechat/recharge/-5").status()).isEqualTo(400);
        assertThat(browser.get("/wechat/recharge/5001").errorCode()).isEqualTo("INVALID_AMOUNT");
        for (int i = 0; i < 5; i++) {
            recharge(1);
        }

        Browser.Answer sixth = browser.get("/wechat/recharge/1");

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.errorCode()).isEqualTo("TOO_MANY_OPEN_RECHARGES");
        assertThat(sixth.raw().headers().firstValue("Retry-After")).isPresent();
    }

    private RechargeOrder order(String orderNo) {
        return rechargeOrderPort.findByOutTradeNo(new OutTradeNo(orderNo)).orElseThrow();
    }

    private void assertCreditedOnce(String orderNo, String yuan) {
        RechargeOrder order = order(orderNo);
        assertThat(order.status()).isEqualTo(RechargeStatus.PAID);
        assertThat(ledgerPort.findByReference(order.ledgerReference())).isPresent();
        assertThat(balance()).isEqualByComparingTo(yuan);
        User stored = loadUserPort.findById(user.id()).orElseThrow();
        assertThat(ledgerPort.sumFen(user.id())).isEqualTo(stored.account().balance().fen());
    }


    /**
     * Faults in front of the notification route, as a network or a crash would make them: a failure after
     * the use case committed (the answer is lost), or every notification of an order refused.
     */
    @TestConfiguration
    static class Faults {

        private final Set<String> failOnceAfterCommit = ConcurrentHashMap.newKeySet();
        private final Set<String> refuseAll = ConcurrentHashMap.newKeySet();

        void failAfterTheCommitOnce(String orderNo) {
            failOnceAfterCommit.add(orderNo);
        }

        void refuseEveryNotificationOf(String orderNo) {
            refuseAll.add(orderNo);
        }

        void clear() {
            failOnceAfterCommit.clear();
            refuseAll.clear();
        }

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> notificationFaults() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    String orderNo = request.getHeader(WechatPaySandbox.ORDER_HEADER);
                    if (orderNo != null && refuseAll.contains(orderNo)) {
                        response.sendError(503);
                        return;
                    }
                    chain.doFilter(request, response);
                    if (orderNo != null && failOnceAfterCommit.remove(orderNo)) {
                        response.reset();
                        response.setStatus(500);
                    }
                }
            });
            registration.addUrlPatterns("/wechat/pay/notify");
            return registration;
        }
    }
}
