package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.bootstrap.CoinopApplication;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators' API over HTTP against the local run, with a token: refused without it, then a machine
 * registered, seen in the list, started by a user through its QR code, the user disabled (the session ends
 * with USER_DISABLED and is charged), the user list and the ledger showing it; bad input is a clear 400,
 * never a 500; every change is in the audit log, the token never.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class, MovableClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"coinop.admin.token=" + AdminEndToEndTest.TOKEN, AdminEndToEndTest.SMALL_POOL})
@ActiveProfiles("local")
// closed after the class: each cached context keeps its connections, and a MariaDB allows 151 by default
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class AdminEndToEndTest {

    static final String TOKEN = "e2e-admin-token-Zx81_kq.Lm~Q0pR7-vT3wY6+a/9=";
    /** A few connections are plenty for these tests, and leave the database's to the other contexts. */
    static final String SMALL_POOL = "spring.datasource.hikari.maximum-pool-size=4";

    private static final int PORT = TestInfrastructure.freePort();
    private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final AtomicLong MACHINES = new AtomicLong(800_000_000L + System.nanoTime() % 1_000_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_admin_test").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("server.port", () -> PORT);
    }

    @Autowired
    private TestClock clock;

    @Autowired
    private SaveUserPort saveUserPort;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private ChargeUsageUseCase chargeUsage;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer of the admin API: status, a header, the body parsed. */
    record Answer(int status, HttpResponse<String> raw, JsonNode json) {

        JsonNode result() {
            return json.get("result");
        }

        String errorCode() {
            return json.get("error_code").asString();
        }
    }

    private Answer send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response, JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer admin(String method, String path, String body) {
        return send(method, path, TOKEN, body);
    }

    private User signedInUserWith(Money balance, Browser browser) {
        long n = USERS.incrementAndGet();
        User user = saveUserPort.insert(TestUsers.activeUser().withOpenId("o-admin-" + n)
                .withMobile(String.valueOf(16_000_000_000L + n)).build());
        assertThat(browser.signInWithWechat(user.openId().value(), "n").status()).isEqualTo(302);
        transactionPort.inTransaction(() -> accountBalancePort.credit(user.id(), balance,
                new LedgerReference(LedgerKind.ADJUSTMENT_CREDIT, "admin-e2e-" + user.id().value()), clock.localNow()));
        return user;
    }

    private JsonNode listedDevice(long id) {
        JsonNode page = admin("GET", "/admin/devices?size=100", null).result();
        return StreamSupport.stream(page.get("data").spliterator(), false)
                .filter(device -> device.get("id").asLong() == id).findFirst()
                .orElseThrow(() -> new AssertionError("machine " + id + " is not in " + page));
    }

    @Test
    void without_the_token_every_admin_route_is_401_with_a_bearer_challenge() {
        for (String token : new String[] {null, TOKEN + "x", "e2e-admin-token"}) {
            Answer refused = send("GET", "/admin/devices", token, null);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.errorCode()).isEqualTo("ADMIN_TOKEN_INVALID");
            assertThat(refused.raw().headers().firstValue("WWW-Authenticate")).get().asString()
                    .startsWith("Bearer realm=\"coinop-admin\"");
        }
        assertThat(send("POST", "/admin/users/1/disable", null, null).status()).isEqualTo(401);
        assertThat(send("GET", "/admin/no-such-route", null, null).status()).isEqualTo(401);
    }

    @Test
    void path_spellings_never_reach_the_admin_api_without_the_token() throws IOException {
        for (String path : new String[] {"/admin/devices/", "/admin;a=b/devices", "/%61dmin/devices", "/admin/./devices",
                "/wechat/../admin/devices", "/admin//devices"}) {
            int status = rawStatus("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(status).as(path).isNotEqualTo(200).isNotEqualTo(500);
        }
        assertThat(rawStatus("GET //admin/devices HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
                .isNotEqualTo(200);
        assertThat(send("GET", "/ADMIN/devices", null, null).status()).isEqualTo(404);
    }

    /** The status of a request written as raw bytes: no client normalizes its path. */
    private static int rawStatus(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String statusLine = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    @Test
    void add_a_machine_a_user_starts_it_by_qr_the_operator_disables_the_user_and_the_session_ends_charged(
            CapturedOutput output) {
        long machine = MACHINES.incrementAndGet();
        Answer added = admin("POST", "/admin/devices", """
                {"id": %d, "province": "广东省", "city": "深圳市", "area": "南山区", "location": "  科技园 🎮 9 号机 'VIP'  ",
                 "price_per_minute": 0.8, "enabled": true}
                """.formatted(machine));
        assertThat(added.status()).as(added.raw().body()).isEqualTo(200);
        assertThat(added.result().get("location").asString()).isEqualTo("科技园 🎮 9 号机 'VIP'");
        assertThat(added.result().get("price_per_minute").decimalValue()).isEqualByComparingTo("0.80");
        Answer again = admin("POST", "/admin/devices", """
                {"id": %d, "province": "p", "city": "c", "area": "a", "location": "l", "price_per_minute": 1, "enabled": true}
                """.formatted(machine));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("DEVICE_ALREADY_EXISTS");
        assertThat(listedDevice(machine).get("in_use").isNull()).isTrue();

        Browser browser = new Browser(PORT);
        User user = signedInUserWith(Money.ofYuan(50), browser);
        Browser.Answer started = browser.post("/wechat/device/start",
                "{\"qr\": \"http://localhost:5173/?machine=" + machine + "\"}");
        assertThat(started.status()).as(started.raw().body()).isEqualTo(200);
        long session = started.result().get("session_id").asLong();
        JsonNode inUse = listedDevice(machine).get("in_use");
        assertThat(inUse.get("session_id").asLong()).isEqualTo(session);
        assertThat(inUse.get("user_id").asLong()).isEqualTo(user.id().value());

        clock.advance(Duration.ofSeconds(150));
        Answer disabled = admin("POST", "/admin/users/" + user.id().value() + "/disable", null);

        assertThat(disabled.status()).as(disabled.raw().body()).isEqualTo(200);
        assertThat(disabled.result().get("changed").asBoolean()).isTrue();
        assertThat(disabled.result().get("user").get("state").asInt()).isZero();
        JsonNode ended = disabled.result().get("ended_session");
        assertThat(ended.get("id").asLong()).isEqualTo(session);
        assertThat(ended.get("end_reason").asString()).isEqualTo("USER_DISABLED");
        assertThat(ended.get("billed_minutes").asLong()).isEqualTo(3);
        assertThat(ended.get("cost_money").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(ended.get("unpaid").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(listedDevice(machine).get("in_use").isNull()).as("the machine is free").isTrue();
        Answer twice = admin("POST", "/admin/users/" + user.id().value() + "/disable", null);
        assertThat(twice.result().get("changed").asBoolean()).isFalse();
        assertThat(twice.result().get("ended_session").isNull()).isTrue();

        Browser.Answer refused = browser.post("/wechat/device/start",
                "{\"qr\": \"http://localhost:5173/?machine=" + machine + "\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("USER_DISABLED");

        JsonNode listed = admin("GET", "/admin/users?mobile=" + user.mobile().value(), null).result();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("data").get(0).get("balance_account").decimalValue()).isEqualByComparingTo("47.60");
        assertThat(listed.get("data").get(0).get("used_account").decimalValue()).isEqualByComparingTo("2.40");
        assertThat(listed.get("data").get(0).get("state").asInt()).isZero();

        JsonNode ledger = admin("GET", "/admin/users/" + user.id().value() + "/ledger", null).result();
        assertThat(ledger.get("total").asLong()).isEqualTo(2);
        assertThat(ledger.get("user").get("balance_account").decimalValue()).isEqualByComparingTo("47.60");
        JsonNode debit = ledger.get("data").get(0);
        assertThat(debit.get("kind").asString()).isEqualTo("USAGE");
        assertThat(debit.get("reference").asString()).isEqualTo(String.valueOf(session));
        assertThat(debit.get("amount").decimalValue()).isEqualByComparingTo("-2.40");
        assertThat(debit.get("balance_after").decimalValue()).isEqualByComparingTo("47.60");
        assertThat(ledger.get("data").get(1).get("amount").decimalValue()).isEqualByComparingTo("50.00");

        Answer enabled = admin("POST", "/admin/users/" + user.id().value() + "/enable", null);
        assertThat(enabled.result().get("user").get("state").asInt()).isEqualTo(1);

        Answer repriced = admin("PATCH", "/admin/devices/" + machine, "{\"price_per_minute\": 1.00, \"enabled\": false}");
        assertThat(repriced.status()).as(repriced.raw().body()).isEqualTo(200);
        assertThat(listedDevice(machine).get("price_per_minute").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(listedDevice(machine).get("enabled").asBoolean()).isFalse();
        assertThat(browser.post("/wechat/expense/list", "{}").result().get("data").get(0).get("price_per_minute")
                .decimalValue()).as("a past expense keeps its price").isEqualByComparingTo("0.80");

        assertThat(output.getAll()).contains("admin registered device " + machine,
                "admin disabled user " + user.id().value() + ", ended session " + session + " charged 2.40 yuan",
                "admin enabled user " + user.id().value(), "admin changed device " + machine)
                .doesNotContain(TOKEN);
    }

    @Test
    void a_machine_gets_its_secret_once_signs_with_it_and_the_list_shows_its_last_heartbeat(CapturedOutput output) {
        long machine = MACHINES.incrementAndGet();
        assertThat(admin("POST", "/admin/devices", """
                {"id": %d, "province": "广东省", "city": "深圳市", "area": "南山区", "location": "密钥测试机",
                 "price_per_minute": 0.5, "enabled": true}""".formatted(machine)).status()).isEqualTo(200);
        assertThat(listedDevice(machine).get("last_heartbeat_time").isNull()).isTrue();
        Machine unsigned = new Machine(PORT, new DeviceId(machine), DeviceSecret.generate(), clock);
        assertThat(unsigned.heartbeat("before-any-secret").status()).as("no secret yet").isEqualTo(401);

        Answer issued = admin("POST", "/admin/devices/" + machine + "/secret", null);

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.raw().headers().firstValue("Cache-Control")).contains("no-store");
        String secret = issued.result().get("secret").asString();
        assertThat(secret).matches("[0-9a-f]{64}");
        Machine signed = new Machine(PORT, new DeviceId(machine), new DeviceSecret(secret), clock);
        assertThat(signed.heartbeat("first").status()).isEqualTo(200);
        assertThat(listedDevice(machine).get("last_heartbeat_time").asString())
                .isEqualTo(WireFormat.time(clock.localNow().withNano(0)));

        String rotated = admin("POST", "/admin/devices/" + machine + "/secret", null).result().get("secret").asString();
        assertThat(rotated).isNotEqualTo(secret);
        assertThat(signed.heartbeat("old-secret").status()).as("the old secret stopped working").isEqualTo(401);
        assertThat(new Machine(PORT, new DeviceId(machine), new DeviceSecret(rotated), clock).heartbeat("new-secret")
                .status()).isEqualTo(200);
        assertThat(admin("POST", "/admin/devices/" + MACHINES.incrementAndGet() + "/secret", null).status())
                .isEqualTo(404);
        assertThat(output.getAll()).contains("issued a new secret to device " + machine)
                .doesNotContain(secret).doesNotContain(rotated);
    }

    @Test
    void a_session_the_balance_could_not_pay_in_full_is_in_the_unpaid_list() {
        long machine = MACHINES.incrementAndGet();
        assertThat(admin("POST", "/admin/devices", """
                {"id": %d, "province": "北京市", "city": "北京市", "area": "海淀区", "location": "中关村",
                 "price_per_minute": 1, "enabled": true}
                """.formatted(machine)).status()).isEqualTo(200);
        Browser browser = new Browser(PORT);
        User user = signedInUserWith(Money.ofYuan(2), browser);
        long session = browser.post("/wechat/device/start", "{\"qr\": \"http://localhost:5173/?machine=" + machine + "\"}")
                .result().get("session_id").asLong();
        // a machine offline past the last paid minute reports its end late: 5 minutes on a balance of 2
        chargeUsage.charge(new ChargeUsageCommand(new UsageSessionId(session), clock.localNow().plusMinutes(5),
                UsageEndReason.MACHINE));

        JsonNode unpaid = admin("GET", "/admin/sessions/unpaid?size=100", null).result();

        JsonNode listed = StreamSupport.stream(unpaid.get("data").spliterator(), false)
                .filter(item -> item.get("id").asLong() == session).findFirst().orElseThrow();
        assertThat(listed.get("user_id").asLong()).isEqualTo(user.id().value());
        assertThat(listed.get("device_id").asLong()).isEqualTo(machine);
        assertThat(listed.get("cost_money").decimalValue()).isEqualByComparingTo("2.00");
        assertThat(listed.get("unpaid").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(listed.get("end_reason").asString()).isEqualTo("MACHINE");
    }

    @Test
    void nasty_input_is_a_clear_400_and_changes_nothing() {
        long machine = MACHINES.incrementAndGet();
        String valid = """
                {"id": %d, "province": "广东省", "city": "深圳市", "area": "南山区", "location": "科技园",
                 "price_per_minute": 0.5, "enabled": true}
                """.formatted(machine);
        String[][] bad = {
                {"", "INVALID_JSON"},
                {"{", "INVALID_JSON"},
                {"{}", "INVALID_DEVICE_ID"},
                {valid.replace("0.5", "\"0.5\""), "INVALID_FIELD"},
                {valid.replace("0.5", "-0.5"), "INVALID_PRICE"},
                {valid.replace("0.5", "0.505"), "INVALID_PRICE"},
                {valid.replace("0.5", "1e999999999"), "INVALID_PRICE"},
                {valid.replace("0.5", "123456789012345678901234567890"), "INVALID_PRICE"},
                {valid.replace("0.5", "100.01"), "INVALID_PRICE"},
                {valid.replace("true", "\"yes\""), "INVALID_FIELD"},
                {valid.replace("科技园", "科".repeat(256)), "INVALID_LOCATION"},
                {valid.replace("科技园", "\\u0007"), "INVALID_LOCATION"},
                {valid.replace("科技园", "\\udfff"), "INVALID_LOCATION"},
                {valid.replace("广东省", "省".repeat(65)), "INVALID_PROVINCE"},
                {valid.replace(String.valueOf(machine), "\"" + machine + "\""), "INVALID_FIELD"},
                {valid.replace(String.valueOf(machine), "1e3"), "INVALID_FIELD"},
                {valid.replace("}", ", \"secret\": \"s\"}"), "UNKNOWN_FIELD"}};
        for (String[] request : bad) {
            Answer answer = admin("POST", "/admin/devices", request[0]);
            assertThat(answer.status()).as(request[0]).isEqualTo(400);
            assertThat(answer.errorCode()).as(request[0]).isEqualTo(request[1]);
        }
        assertThat(admin("PATCH", "/admin/devices/" + machine, "{\"enabled\": false}").status())
                .as("none of them registered the machine").isEqualTo(404);
        assertThat(admin("POST", "/admin/devices", "{\"location\": \"" + "x".repeat(20_000) + "\"}").status()).isEqualTo(413);
        assertThat(admin("PATCH", "/admin/devices/" + machine, "{}").errorCode()).isEqualTo("NOTHING_TO_UPDATE");
        assertThat(admin("GET", "/admin/users?page=0", null).errorCode()).isEqualTo("INVALID_PAGE");
        assertThat(admin("GET", "/admin/users?size=abc", null).errorCode()).isEqualTo("INVALID_SIZE");
        assertThat(admin("POST", "/admin/users/abc/disable", null).errorCode()).isEqualTo("INVALID_USER_ID");
        assertThat(admin("POST", "/admin/users/999999999999/disable", null).status()).isEqualTo(404);
        assertThat(admin("GET", "/admin/users/999999999999/ledger", null).errorCode()).isEqualTo("USER_NOT_FOUND");
        assertThat(admin("DELETE", "/admin/devices/" + machine, null).status()).isEqualTo(405);
    }
}
