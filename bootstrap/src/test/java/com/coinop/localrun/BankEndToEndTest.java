package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.bootstrap.CoinopApplication;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bank test in the spirit of Jepsen's: 50 users and 10 machines, and from 16 threads for
 * {@code coinop.bank.duration} (60 s unless set) everything at once over HTTP against the local run: top-ups
 * paid in the WeChat Pay sandbox (some notifications sent twice, reconciliation asking too), starts by QR
 * code, stops from the page, signed heartbeats (some messages repeated), stops from the machines; and once a
 * second a machine falls silent or comes back and the clock jumps ahead, so balances run out and silences
 * grow long while the job ends sessions every 200 ms. Then the books must hold: for every user the balance is total −
 * used ≥ 0, the ledger sums to the balance, the paid orders to the total, the expenses to the used part; every
 * charge and every payment is booked once; no user or machine is active twice; every ended session's cost
 * and unpaid part add up to its billed minutes at its price. Every answer is one the API documents for the
 * situation (no 5xx, no surprise), and every way a session ends happened.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class, MovableClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        // each Browser is its own client address (X-Forwarded-For from loopback), as 50 people are
        properties = {"coinop.web.trusted-proxies=127.0.0.1,::1", "coinop.usage.end-check-every=200ms", "coinop.device.heartbeat-interval=20s",
                "coinop.device.silent-after=1m", "coinop.recharge.first-check=1m", "coinop.recharge.reconcile-every=500ms",
                "coinop.session.idle-timeout=1000h", "coinop.session.absolute-timeout=1000h",
                "logging.level.com.coinop=warn"})
@ActiveProfiles("local")
// closed after the class: each cached context keeps its connections, and a MariaDB allows 151 by default
@DirtiesContext
class BankEndToEndTest {

    private static final int PORT = TestInfrastructure.freePort();
    private static final int USERS = 50;
    private static final int MACHINES = 10;
    private static final int THREADS = 16;
    private static final Duration DURATION = Duration.parse("PT" + System.getProperty("coinop.bank.duration", "60s"));
    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_bank_test").forEach((name, value) -> registry.add(name, () -> value));
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

    private final List<Browser> browsers = new ArrayList<>();
    private final List<Machine> machines = new ArrayList<>();
    private final List<Long> machineIds = new ArrayList<>();
    private final Set<Integer> silent = ConcurrentHashMap.newKeySet();
    private final Queue<String> surprises = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();

    @Test
    void under_every_operation_at_once_the_books_hold() throws InterruptedException {
        usersAndMachines();

        ExecutorService workers = Executors.newFixedThreadPool(THREADS + 1);
        long deadline = System.nanoTime() + DURATION.toNanos();
        for (int t = 0; t < THREADS; t++) {
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        operate(ThreadLocalRandom.current());
                    } catch (RuntimeException | AssertionError e) {
                        surprises.add(e.toString());
                    }
                }
            });
        }
        workers.submit(() -> {
            while (System.nanoTime() < deadline) {
                passTime(ThreadLocalRandom.current());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        workers.shutdown();
        assertThat(workers.awaitTermination(DURATION.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
        for (Browser browser : browsers) {
            expect("final stop", browser.post("/wechat/device/stop", "").status(), 200, 404);
        }

        System.out.println("bank test outcomes: " + new TreeMap<>(outcomes));
        assertThat(surprises).as("answers the API does not document for the situation").isEmpty();
        theBooksHold();
    }

    private void usersAndMachines() {
        long run = IDS.incrementAndGet();
        for (int i = 0; i < USERS; i++) {
            User user = saveUserPort.insert(TestUsers.activeUser().withOpenId("o-bank-" + run + "-" + i)
                    .withMobile(String.valueOf(16_000_000_000L + run * 100 + i)).build());
            Browser browser = new Browser(PORT);
            assertThat(browser.signInWithWechat(user.openId().value(), "bank").status()).isEqualTo(302);
            browsers.add(browser);
        }
        for (int i = 0; i < MACHINES; i++) {
            DeviceId id = new DeviceId(800_000_000L + run * 100 + i);
            // odd prices, so minutes and balances rarely divide evenly
            saveDevicePort.save(new Device(id, new DeviceLocation("广东省", "深圳市", "南山区", "银行测试 " + i + " 号机"),
                    Money.ofFen(99 + 43L * i), true));
            DeviceSecret secret = DeviceSecret.generate();
            credentialsPort.saveSecret(id, secret);
            machines.add(new Machine(PORT, id, secret, clock));
            machineIds.add(id.value());
        }
    }

    /**
     * One operation by a random user on a random machine. The mix keeps sessions alive for a few seconds
     * (stops are rare next to heartbeats), so balances of a few yuan at 0.99–4.86 a minute run out as the
     * clock jumps.
     */
    private void operate(ThreadLocalRandom random) {
        Browser browser = browsers.get(random.nextInt(USERS));
        int m = random.nextInt(MACHINES);
        Machine machine = machines.get(m);
        int dice = random.nextInt(1000);
        if (dice < 80) {
            Browser.Answer order = browser.get("/wechat/recharge/" + (1 + random.nextInt(3)));
            expect("recharge", order.status(), 200, 429);
            if (order.status() == 200) {
                String orderNo = order.result().get("order_no").asString();
                wechat.pay().pay(orderNo);
                if (random.nextInt(4) == 0) {
                    wechat.pay().resend(orderNo);
                }
            }
        } else if (dice < 400) {
            Browser.Answer started = browser.post("/wechat/device/start",
                    "{\"qr\": \"http://localhost:5173/?machine=" + machineIds.get(m) + "\"}");
            expect("start", started.status(), 200, 409);
            if (started.status() == 409) {
                count("start 409 " + started.errorCode());
                assertThat(started.errorCode()).isIn("USAGE_ALREADY_ACTIVE", "DEVICE_BUSY", "INSUFFICIENT_BALANCE");
            }
        } else if (dice < 450) {
            expect("page stop", browser.post("/wechat/device/stop", "").status(), 200, 404);
        } else if (dice < 500) {
            expect("current", browser.get("/wechat/device/current").status(), 200);
        } else if (dice < 985) {
            if (!silent.contains(m)) {
                String messageId = "hb-" + random.nextInt(1_000_000);
                Machine.Answer beat = machine.heartbeat(messageId);
                expect("heartbeat", beat.status(), 200);
                if (random.nextInt(5) == 0) {
                    expect("heartbeat repeated", machine.heartbeat(messageId).status(), 200);
                }
            }
        } else {
            if (!silent.contains(m)) {
                Machine.Answer beat = machine.heartbeat("hb-" + random.nextInt(1_000_000));
                expect("heartbeat before stop", beat.status(), 200);
                if (beat.status() == 200 && !beat.result().get("session").isNull()) {
                    long session = beat.result().get("session").get("session_id").asLong();
                    expect("machine stop", machine.stop("stop-" + random.nextInt(1_000_000), session).status(), 200, 404);
                }
            }
        }
    }

    /**
     * Once a second: the clock jumps 30–90 s ahead (balances run out, silences grow past {@code silent-after};
     * small enough that a request signed before a jump is still within the machines' clock skew), and one
     * machine falls silent or comes back.
     */
    private void passTime(ThreadLocalRandom random) {
        clock.advance(Duration.ofSeconds(30 + random.nextInt(61)));
        count("clock jumped");
        int m = random.nextInt(MACHINES);
        if (!silent.remove(m)) {
            silent.add(m);
        }
    }

    private void expect(String what, int status, int... allowed) {
        count(what + " " + status);
        for (int ok : allowed) {
            if (status == ok) {
                return;
            }
        }
        surprises.add(what + " answered " + status);
    }

    private void count(String what) {
        outcomes.computeIfAbsent(what, key -> new LongAdder()).increment();
    }

    private void theBooksHold() {
        List<Map<String, Object>> users = jdbc.queryForList("""
                SELECT u.id, u.total_account, u.used_account, u.balance_account,
                       (SELECT COALESCE(SUM(l.amount), 0) FROM ledger_entries l WHERE l.user_id = u.id) AS ledger,
                       (SELECT COALESCE(SUM(r.amount), 0) FROM recharge_orders r
                         WHERE r.user_id = u.id AND r.status = 'PAID') AS paid,
                       (SELECT COALESCE(SUM(s.cost), 0) FROM usage_sessions s
                         WHERE s.user_id = u.id AND s.state = 'ENDED') AS spent
                  FROM users u WHERE u.openid LIKE 'o-bank-%'""");
        assertThat(users).hasSizeGreaterThanOrEqualTo(USERS);
        for (Map<String, Object> user : users) {
            long total = number(user, "total_account");
            long used = number(user, "used_account");
            long balance = number(user, "balance_account");
            assertThat(balance).as("user %s: balance = total - used >= 0", user.get("id")).isEqualTo(total - used)
                    .isNotNegative();
            assertThat(number(user, "ledger")).as("user %s: the ledger sums to the balance", user.get("id"))
                    .isEqualTo(balance);
            assertThat(number(user, "paid")).as("user %s: the paid orders sum to the total", user.get("id"))
                    .isEqualTo(total);
            assertThat(number(user, "spent")).as("user %s: the expenses sum to the used part", user.get("id"))
                    .isEqualTo(used);
        }
        assertThat(jdbc.queryForList("""
                SELECT r.out_trade_no FROM recharge_orders r
                 WHERE r.status = 'PAID' AND (SELECT COUNT(*) FROM ledger_entries l
                                               WHERE l.kind = 'RECHARGE' AND l.reference = r.out_trade_no
                                                 AND l.amount = r.amount) <> 1""", String.class))
                .as("every paid order credited once, for its amount").isEmpty();
        assertThat(jdbc.queryForList("""
                SELECT s.id FROM usage_sessions s
                 WHERE s.state = 'ENDED' AND (SELECT COUNT(*) FROM ledger_entries l
                                               WHERE l.kind = 'USAGE' AND l.reference = CAST(s.id AS CHAR)
                                                 AND l.amount = -s.cost) <> (CASE WHEN s.cost > 0 THEN 1 ELSE 0 END)""",
                Long.class)).as("every charged session debited once, for its cost").isEmpty();
        assertThat(jdbc.queryForList("""
                SELECT s.id FROM usage_sessions s
                 WHERE s.state = 'ENDED' AND s.cost + s.unpaid <> s.price_per_minute * CEILING(s.cost_seconds / 60)""",
                Long.class)).as("cost + unpaid = every started minute at the session's price").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_sessions WHERE state = 'STARTED'", Long.class))
                .as("no session left running").isZero();
        for (String column : List.of("user_id", "device_id")) {
            assertThat(jdbc.queryForList("""
                    SELECT a.id FROM usage_sessions a JOIN usage_sessions b
                      ON b.%1$s = a.%1$s AND b.id > a.id AND b.start_time < a.end_time AND a.start_time < b.end_time
                     WHERE a.%1$s IN (SELECT %1$s FROM usage_sessions s JOIN users u ON u.id = s.user_id
                                       WHERE u.openid LIKE 'o-bank-%%')""".formatted(column), Long.class))
                    .as("no two sessions of one %s overlap in time", column).isEmpty();
        }
        List<String> reasons = jdbc.queryForList("SELECT DISTINCT end_reason FROM usage_sessions s JOIN users u "
                + "ON u.id = s.user_id WHERE u.openid LIKE 'o-bank-%'", String.class);
        assertThat(reasons).as("every way a session ends happened")
                .contains("USER", "MACHINE", "BALANCE_USED_UP", "MACHINE_SILENT");
        long unpaid = jdbc.queryForObject("SELECT COALESCE(SUM(unpaid), 0) FROM usage_sessions", Long.class);
        long billed = jdbc.queryForObject(
                "SELECT COALESCE(SUM(price_per_minute * CEILING(cost_seconds / 60)), 0) FROM usage_sessions", Long.class);
        long charged = jdbc.queryForObject("SELECT COALESCE(SUM(cost), 0) FROM usage_sessions", Long.class);
        assertThat(charged + unpaid).as("the unpaid parts add up").isEqualTo(billed);
        System.out.println("bank test: " + jdbc.queryForObject("SELECT COUNT(*) FROM usage_sessions", Long.class)
                + " sessions, charged " + charged + " fen, unpaid " + unpaid + " fen, "
                + jdbc.queryForObject("SELECT COUNT(*) FROM recharge_orders WHERE status = 'PAID'", Long.class)
                + " paid orders; end reasons " + reasons);
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
