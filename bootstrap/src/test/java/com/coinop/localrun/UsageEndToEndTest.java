package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.Eventually;
import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.bootstrap.CoinopApplication;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Using a machine as the H5 page does, over HTTP against the local run: sign in through the WeChat
 * sandbox, top up 50 yuan and pay in the sandbox's WeChat Pay, sign the page for the scanner, start the
 * machine by its QR code, follow it, stop it; the expense list and the balance show the charge. The machine
 * itself over its signed API: heartbeats, its stop, and what its API refuses. And the job that ends a
 * session whose balance is used up or whose machine fell silent, every 300 ms here. The application runs on a clock
 * the test moves, so minutes pass without waiting.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class, MovableClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"coinop.usage.end-check-every=300ms", "coinop.device.silent-after=3m"})
@ActiveProfiles("local")
class UsageEndToEndTest {

    private static final int PORT = TestInfrastructure.freePort();
    private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final AtomicLong MACHINES = new AtomicLong(700_000_000L + System.nanoTime() % 1_000_000);
    private static final Duration WAIT = Duration.ofSeconds(15);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_usage_test").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("server.port", () -> PORT);
    }

    @Autowired
    private TestClock clock;

    @Autowired
    private WechatSandboxServer wechat;

    @Autowired
    private SaveUserPort saveUserPort;

    @Autowired
    private SaveDevicePort saveDevicePort;

    @Autowired
    private DeviceCredentialsPort credentialsPort;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private AccountBalancePort accountBalancePort;

    private Browser browser;
    private User user;
    private Device machine;
    private Machine machineApi;

    @BeforeEach
    void aSignedInUserAndAMachine() {
        long n = USERS.incrementAndGet();
        user = saveUserPort.insert(TestUsers.activeUser().withOpenId("o-usage-" + n)
                .withMobile(String.valueOf(17_000_000_000L + n)).build());
        browser = new Browser(PORT);
        assertThat(browser.signInWithWechat(user.openId().value(), "n").status()).isEqualTo(302);
        machine = new Device(new DeviceId(MACHINES.incrementAndGet()),
                new DeviceLocation("广东省", "深圳市", "南山区", "科技园 7 号机"), Money.ofFen(80), true);
        saveDevicePort.save(machine);
        DeviceSecret secret = DeviceSecret.generate();
        credentialsPort.saveSecret(machine.id(), secret);
        machineApi = new Machine(PORT, machine.id(), secret, clock);
    }

    @Test
    void sign_in_top_up_sign_the_page_start_by_qr_follow_stop_and_the_expense_and_balance_show_it() {
        String orderNo = browser.get("/wechat/recharge/50").result().get("order_no").asString();
        wechat.pay().pay(orderNo);
        Eventually.await(() -> balance().compareTo(new BigDecimal("50.00")) == 0, WAIT, "the payment is credited");
        Browser.Answer signature = browser.post("/wechat/jsapi/signature", "{\"url\": \"http://localhost:5173/?machine="
                + machine.id().value() + "\"}");
        assertThat(signature.status()).as(signature.raw().body()).isEqualTo(200);

        // the QR code as the local run prints it (coinop.usage.qr-template), as WeChat's scanner reads it
        Browser.Answer started = browser.post("/wechat/device/start",
                "{\"qr\": \"http://localhost:5173/?machine=" + machine.id().value() + "\"}");

        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        assertThat(started.result().get("device_id").asLong()).isEqualTo(machine.id().value());
        assertThat(started.result().get("price_per_minute").decimalValue()).isEqualByComparingTo("0.80");
        assertThat(started.result().get("minutes_paid").asLong()).as("50.00 at 0.80 a minute").isEqualTo(62);
        Browser.Answer again = browser.post("/wechat/device/start",
                "{\"qr\": \"http://localhost:5173/?machine=" + machine.id().value() + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("USAGE_ALREADY_ACTIVE");

        clock.advance(Duration.ofSeconds(150));
        JsonNode current = browser.get("/wechat/device/current").result();
        assertThat(current.get("elapsed_minutes").asLong()).isEqualTo(3);
        assertThat(current.get("running_cost").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(current.get("minutes_left").asLong()).isEqualTo(59);

        Browser.Answer stopped = browser.post("/wechat/device/stop", "");

        assertThat(stopped.status()).as(stopped.raw().body()).isEqualTo(200);
        assertThat(stopped.result().get("cost_money").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(stopped.result().get("billed_minutes").asLong()).isEqualTo(3);
        assertThat(stopped.result().get("cost_time").asLong()).isEqualTo(2);
        assertThat(browser.get("/wechat/device/current").result().isNull()).isTrue();
        JsonNode expenses = browser.post("/wechat/expense/list", "{\"page\": 1, \"size\": 10}").result();
        assertThat(expenses.get("total").asLong()).isEqualTo(1);
        assertThat(expenses.get("data").get(0)).isEqualTo(stopped.result());
        assertThat(balance()).isEqualByComparingTo("47.60");
        assertThat(jdbc.queryForObject("SELECT end_reason FROM usage_sessions WHERE id = ?", String.class,
                stopped.result().get("id").asLong())).isEqualTo("USER");
        Browser.Answer stopAgain = browser.post("/wechat/device/stop", "");
        assertThat(stopAgain.status()).isEqualTo(404);
        assertThat(stopAgain.errorCode()).isEqualTo("USAGE_NOT_FOUND");
    }

    @Test
    void top_up_start_by_qr_the_machine_heartbeats_and_stops_and_the_expense_and_balance_show_it() {
        String orderNo = browser.get("/wechat/recharge/50").result().get("order_no").asString();
        wechat.pay().pay(orderNo);
        Eventually.await(() -> balance().compareTo(new BigDecimal("50.00")) == 0, WAIT, "the payment is credited");
        Machine.Answer idle = machineApi.heartbeat("hb-idle");
        assertThat(idle.status()).as(idle.body()).isEqualTo(200);
        assertThat(idle.result().get("interval_seconds").asLong()).isEqualTo(30);
        assertThat(idle.result().get("session").isNull()).isTrue();
        long session = browser.post("/wechat/device/start", "{\"qr\": \"http://localhost:5173/?machine="
                + machine.id().value() + "\"}").result().get("session_id").asLong();

        clock.advance(Duration.ofSeconds(61));
        Machine.Answer beat = machineApi.heartbeat("hb-1");

        assertThat(beat.status()).as(beat.body()).isEqualTo(200);
        JsonNode running = beat.result().get("session");
        assertThat(running.get("session_id").asLong()).isEqualTo(session);
        assertThat(running.get("user_id").asLong()).isEqualTo(user.id().value());
        assertThat(running.get("elapsed_minutes").asLong()).isEqualTo(2);
        assertThat(running.get("minutes_left").asLong()).as("62 paid minutes, 1 min 1 s gone").isEqualTo(60);
        assertThat(machineApi.heartbeat("hb-1").body()).as("a retried message, the first answer").isEqualTo(beat.body());

        clock.advance(Duration.ofSeconds(89));
        Machine.Answer stopped = machineApi.stop("stop-1", session);

        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.result().get("end_reason").asString()).isEqualTo("MACHINE");
        assertThat(stopped.result().get("already_ended").asBoolean()).isFalse();
        assertThat(stopped.result().get("billed_minutes").asLong()).isEqualTo(3);
        assertThat(stopped.result().get("cost_money").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(machineApi.stop("stop-1", session).body()).as("retried").isEqualTo(stopped.body());
        Machine.Answer stoppedAgain = machineApi.stop("stop-2", session);
        assertThat(stoppedAgain.result().get("already_ended").asBoolean()).as("a new message").isTrue();
        assertThat(browser.get("/wechat/device/current").result().isNull()).isTrue();
        JsonNode expense = browser.post("/wechat/expense/list", "{\"page\": 1, \"size\": 10}").result()
                .get("data").get(0);
        assertThat(expense.get("id").asLong()).isEqualTo(session);
        assertThat(expense.get("cost_time").asLong()).isEqualTo(2);
        assertThat(expense.get("billed_minutes").asLong()).isEqualTo(3);
        assertThat(expense.get("cost_money").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(balance()).isEqualByComparingTo("47.60");
        assertThat(machineApi.heartbeat("hb-2").result().get("session").isNull()).isTrue();
    }

    @Test
    void the_machines_api_refuses_strangers_old_timestamps_replays_and_a_disabled_machine() {
        Machine.Signed signed = machineApi.sign("/device/v1/heartbeat", "{\"message_id\":\"hb-r\"}");
        assertThat(machineApi.send(signed).status()).isEqualTo(200);

        Machine.Answer replayed = machineApi.send(signed);
        Machine.Answer impersonating = machineApi.send(machineApi.sign("/device/v1/heartbeat",
                "{\"message_id\":\"hb-i\"}"), "1001");
        Machine.Answer stale = machineApi.send(machineApi.signAt("/device/v1/heartbeat", "{\"message_id\":\"hb-s\"}",
                clock.instant().getEpochSecond() - 301));
        Machine.Answer stranger = new Machine(PORT, machine.id(), DeviceSecret.generate(), clock).heartbeat("hb-x");
        Machine.Answer unknown = new Machine(PORT, new DeviceId(MACHINES.incrementAndGet()), DeviceSecret.generate(),
                clock).heartbeat("hb-u");

        for (Machine.Answer refused : new Machine.Answer[]{replayed, impersonating, stale, stranger, unknown}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.errorCode()).isEqualTo("DEVICE_UNAUTHENTICATED");
        }
        assertThat(replayed.json().get("error").asString()).contains("X-Nonce");
        assertThat(stale.json().get("error").asString()).contains("X-Timestamp");

        saveDevicePort.save(new Device(machine.id(), machine.location(), machine.pricePerMinute(), false));
        Machine.Answer disabled = machineApi.heartbeat("hb-d");
        assertThat(disabled.status()).isEqualTo(403);
        assertThat(disabled.errorCode()).isEqualTo("DEVICE_FORBIDDEN");
        assertThat(jdbc.queryForObject("SELECT last_heartbeat_time FROM devices WHERE id = ?", LocalDateTime.class,
                machine.id().value())).as("only the first, accepted heartbeat").isNotNull();
    }

    @Test
    void a_session_whose_machine_falls_silent_is_ended_by_the_job_at_its_last_heartbeat() {
        transactionPort.inTransaction(() -> accountBalancePort.credit(user.id(), Money.ofFen(10_000),
                new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, "silent-e2e-" + user.id().value()), clock.localNow()));
        long session = browser.post("/wechat/device/start", "{\"qr\": \"http://localhost:5173/?machine="
                + machine.id().value() + "\"}").result().get("session_id").asLong();
        clock.advance(Duration.ofSeconds(100));
        assertThat(machineApi.heartbeat("hb-last").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(4));

        Eventually.await(() -> browser.get("/wechat/device/current").result().isNull(), WAIT, "the job ends the session");
        assertThat(jdbc.queryForObject("SELECT end_reason FROM usage_sessions WHERE id = ?", String.class, session))
                .isEqualTo("MACHINE_SILENT");
        JsonNode expense = browser.post("/wechat/expense/list", "{\"page\": 1, \"size\": 1}").result().get("data").get(0);
        assertThat(expense.get("billed_minutes").asLong()).as("ended at the heartbeat, 1 min 40 s in").isEqualTo(2);
        assertThat(expense.get("cost_money").decimalValue()).isEqualByComparingTo("1.60");
    }

    @Test
    void without_a_minute_of_balance_a_machine_does_not_start() {
        Browser.Answer refused = browser.post("/wechat/device/start",
                "{\"qr\": \"http://localhost:5173/?machine=" + machine.id().value() + "\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(browser.get("/wechat/device/current").result().isNull()).isTrue();
    }

    @Test
    void a_session_whose_balance_is_used_up_is_ended_by_the_job_at_its_last_paid_minute() {
        transactionPort.inTransaction(() -> accountBalancePort.credit(user.id(), Money.ofFen(200),
                new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, "usage-e2e-" + user.id().value()), clock.localNow()));
        Browser.Answer started = browser.post("/wechat/device/start",
                "{\"qr\": \"http://localhost:5173/?machine=" + machine.id().value() + "\"}");
        assertThat(started.result().get("minutes_paid").asLong()).as("2.00 at 0.80 a minute").isEqualTo(2);

        clock.advance(Duration.ofMinutes(5));

        Eventually.await(() -> browser.get("/wechat/device/current").result().isNull(), WAIT, "the job ends the session");
        JsonNode expense = browser.post("/wechat/expense/list", "{\"page\": 1, \"size\": 1}").result().get("data").get(0);
        assertThat(expense.get("billed_minutes").asLong()).isEqualTo(2);
        assertThat(expense.get("cost_money").decimalValue()).isEqualByComparingTo("1.60");
        assertThat(jdbc.queryForObject("SELECT end_reason FROM usage_sessions WHERE id = ?", String.class,
                expense.get("id").asLong())).isEqualTo("BALANCE_USED_UP");
        assertThat(balance()).isEqualByComparingTo("0.40");
    }

    private BigDecimal balance() {
        return browser.get("/wechat/user").result().get("balance_account").decimalValue();
    }

}
