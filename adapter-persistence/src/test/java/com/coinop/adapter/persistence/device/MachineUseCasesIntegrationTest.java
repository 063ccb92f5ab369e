package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.device.port.in.DeviceForbiddenException;
import com.coinop.application.device.port.in.DeviceMessageId;
import com.coinop.application.device.port.in.DeviceRequest;
import com.coinop.application.device.port.in.DeviceUnauthenticatedException;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.DeviceMessageLogPort;
import com.coinop.application.device.port.out.DeviceNoncePort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.service.AuthenticateDeviceService;
import com.coinop.application.device.service.DeviceMessageLogService;
import com.coinop.application.device.service.DeviceSignatures;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.MachineState;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.application.usage.service.ChargeUsageService;
import com.coinop.application.usage.service.MachineHeartbeatService;
import com.coinop.application.usage.service.MachineStopService;
import com.coinop.application.usage.service.StopUsageService;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The machines' own API over these adapters, the real database and Redis: who may call it (signature,
 * time, nonce, enabled), a retried message answered once, heartbeats and what they answer, and a machine's
 * stop charged once however many sides end the session.
 */
class MachineUseCasesIntegrationTest extends PersistenceIntegrationTest {

    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final String PATH = "/device/v1/heartbeat";

    @Autowired
    private DeviceCredentialsPort credentialsPort;

    @Autowired
    private DeviceHeartbeatPort heartbeatPort;

    @Autowired
    private DeviceNoncePort noncePort;

    @Autowired
    private DeviceMessageLogPort messageLogPort;

    @Autowired
    private UsageSessionPort usageSessionPort;

    @Autowired
    private LoadDevicePort loadDevicePort;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private JdbcTemplate jdbc;

    private final TestClock clock = TestClock.atDefaultStart();
    private AuthenticateDeviceService authenticate;
    private DeviceMessageLogService messageLog;
    private MachineHeartbeatService heartbeat;
    private MachineStopService machineStop;
    private StopUsageService pageStop;

    @BeforeEach
    void services() {
        authenticate = new AuthenticateDeviceService(credentialsPort, noncePort, clock, SKEW);
        messageLog = new DeviceMessageLogService(messageLogPort, Duration.ofHours(24));
        ChargeUsageService charge = new ChargeUsageService(usageSessionPort, accountBalancePort, loadDevicePort,
                transactionPort);
        heartbeat = new MachineHeartbeatService(heartbeatPort, usageSessionPort, loadUserPort, clock::localNow,
                Duration.ofSeconds(30));
        machineStop = new MachineStopService(usageSessionPort, charge, clock::localNow);
        pageStop = new StopUsageService(usageSessionPort, charge, clock::localNow);
    }

    @Test
    void a_request_signed_with_the_machines_secret_names_the_machine() {
        Device device = fixtures.device();
        DeviceSecret secret = issueSecret(device);

        assertThat(authenticate.authenticate(signed(device, secret, "{\"message_id\":\"m1\"}"))).isEqualTo(device.id());
    }

    @Test
    void a_wrong_signature_a_changed_body_or_path_an_unknown_machine_or_one_without_secret_are_refused_alike() {
        Device device = fixtures.device();
        DeviceSecret secret = issueSecret(device);
        Device withoutSecret = fixtures.device();
        DeviceRequest good = signed(device, secret, "{\"message_id\":\"m1\"}");

        List<DeviceRequest> refused = List.of(
                signed(device, DeviceSecret.generate(), "{}"),
                withBody(good, "{\"message_id\":\"m2\"}"),
                new DeviceRequest(good.method(), "/device/v1/stop", good.body(), good.deviceId(), good.timestamp(),
                        good.nonce(), good.signature()),
                new DeviceRequest("PUT", good.path(), good.body(), good.deviceId(), good.timestamp(), good.nonce(),
                        good.signature()),
                signed(new DeviceId(987_654_321_987L), secret, "{}"),
                signed(withoutSecret.id(), secret, "{}"));

        assertThat(refused).allSatisfy(request -> assertThatThrownBy(() -> authenticate.authenticate(request))
                .isInstanceOfSatisfying(DeviceUnauthenticatedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("设备签名无效")));
        assertThat(authenticate.authenticate(good)).as("the refusals burnt no nonce").isEqualTo(device.id());
    }

    @Test
    void a_timestamp_more_than_the_skew_off_either_way_is_refused() {
        Device device = fixtures.device();
        DeviceSecret secret = issueSecret(device);
        long now = clock.instant().getEpochSecond();

        for (long off : List.of(-301L, 301L)) {
            assertThatThrownBy(() -> authenticate.authenticate(signedAt(device.id(), secret, "{}", now + off, nonce())))
                    .isInstanceOfSatisfying(DeviceUnauthenticatedException.class,
                            e -> assertThat(e.getMessage()).contains("300 秒"));
        }
        for (long off : List.of(-300L, 300L)) {
            assertThat(authenticate.authenticate(signedAt(device.id(), secret, "{}", now + off, nonce())))
                    .isEqualTo(device.id());
        }
    }

    @Test
    void a_replayed_request_is_refused_even_on_another_instance_at_once() {
        Device device = fixtures.device();
        DeviceSecret secret = issueSecret(device);
        DeviceRequest request = signed(device, secret, "{}");

        List<Outcome<DeviceId>> outcomes = Concurrently.run(6, () -> authenticate.authenticate(request));

        assertThat(outcomes).filteredOn(o -> !o.failed()).hasSize(1);
        assertThat(outcomes).filteredOn(Outcome::failed).allSatisfy(o -> assertThat(o.failure())
                .isInstanceOfSatisfying(DeviceUnauthenticatedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("X-Nonce 已使用过")));
    }

    @Test
    void malformed_or_missing_headers_are_refused_naming_the_header() {
        Device device = fixtures.device();
        DeviceSecret secret = issueSecret(device);
        DeviceRequest good = signed(device, secret, "{}");

        assertThat(List.of(
                new DeviceRequest("POST", PATH, good.body(), null, good.timestamp(), good.nonce(), good.signature()),
                new DeviceRequest("POST", PATH, good.body(), "0", good.timestamp(), good.nonce(), good.signature()),
                new DeviceRequest("POST", PATH, good.body(), "99999999999999999999", good.timestamp(), good.nonce(),
                        good.signature()),
                new DeviceRequest("POST", PATH, good.body(), good.deviceId(), "1.5", good.nonce(), good.signature()),
                new DeviceRequest("POST", PATH, good.body(), good.deviceId(), good.timestamp(), "short",
                        good.signature()),
                new DeviceRequest("POST", PATH, good.body(), good.deviceId(), good.timestamp(), good.nonce(),
                        good.signature().toUpperCase())))
                .allSatisfy(request -> assertThatThrownBy(() -> authenticate.authenticate(request))
                        .isInstanceOfSatisfying(DeviceUnauthenticatedException.class,
                                e -> assertThat(e.getMessage()).startsWith("缺少或无效的请求头 X-")));
    }

    @Test
    void a_disabled_machine_is_forbidden_once_it_proved_who_it_is() {
        Device device = fixtures.device(TestDevices.device().disabled());
        DeviceSecret secret = issueSecret(device);

        assertThatThrownBy(() -> authenticate.authenticate(signed(device, secret, "{}")))
                .isInstanceOf(DeviceForbiddenException.class);
        assertThatThrownBy(() -> authenticate.authenticate(signed(device, DeviceSecret.generate(), "{}")))
                .as("a stranger learns nothing about it").isInstanceOf(DeviceUnauthenticatedException.class);
    }

    @Test
    void a_new_secret_replaces_the_old_one_at_once() {
        Device device = fixtures.device();
        DeviceSecret old = issueSecret(device);
        DeviceSecret rotated = issueSecret(device);

        assertThatThrownBy(() -> authenticate.authenticate(signed(device, old, "{}")))
                .isInstanceOf(DeviceUnauthenticatedException.class);
        assertThat(authenticate.authenticate(signed(device, rotated, "{}"))).isEqualTo(device.id());
        assertThat(credentialsPort.saveSecret(new DeviceId(987_654_321_987L), rotated)).isFalse();
    }

    @Test
    void a_repeated_message_gets_the_first_answer_and_is_handled_once_even_when_the_copies_arrive_together() {
        Device device = fixtures.device();
        Device other = fixtures.device();
        DeviceMessageId id = new DeviceMessageId("msg-" + UUID.randomUUID());
        AtomicInteger handled = new AtomicInteger();

        assertThat(messageLog.answerOnce(device.id(), id, () -> "first " + handled.incrementAndGet()))
                .isEqualTo("first 1");
        assertThat(messageLog.answerOnce(device.id(), id, () -> "again " + handled.incrementAndGet()))
                .isEqualTo("first 1");
        assertThat(handled).hasValue(1);
        assertThat(messageLog.answerOnce(other.id(), id, () -> "other")).as("ids are per machine").isEqualTo("other");

        DeviceMessageId together = new DeviceMessageId("msg-" + UUID.randomUUID());
        List<Outcome<String>> answers = Concurrently.run(6,
                i -> () -> messageLog.answerOnce(device.id(), together, () -> "answer " + i));
        assertThat(answers).extracting(Outcome::value).containsOnly(answers.get(0).value());
    }

    @Test
    void a_failed_message_is_not_recorded_so_its_retry_is_handled_afresh() {
        Device device = fixtures.device();
        DeviceMessageId id = new DeviceMessageId("msg-" + UUID.randomUUID());

        assertThatThrownBy(() -> messageLog.answerOnce(device.id(), id, () -> {
            throw new UsageSessionNotFoundException(new UsageSessionId(1));
        })).isInstanceOf(UsageSessionNotFoundException.class);

        assertThat(messageLog.answerOnce(device.id(), id, () -> "handled")).isEqualTo("handled");
    }

    @Test
    void message_ids_are_short_and_plain() {
        assertThat(List.of("", "a b", "x".repeat(65), "ü", "a/b")).allSatisfy(text ->
                assertThatThrownBy(() -> new DeviceMessageId(text)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_MESSAGE_ID")));
        assertThat(new DeviceMessageId("2026-11-28T10:00:00.1_a-b").value()).hasSize(25);
    }

    @Test
    void a_heartbeat_records_the_time_and_answers_the_session_on_the_machine_with_the_minutes_left() {
        User user = fixtures.userWithBalance(Money.ofFen(500));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        Device idle = fixtures.device();
        UsageSession session = fixtures.startedSession(user.id(), device, clock.localNow());

        clock.advance(Duration.ofSeconds(61));
        MachineState state = heartbeat.heartbeat(device.id());

        assertThat(state.heartbeatInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(state.session()).hasValueSatisfying(current -> {
            assertThat(current.session().id()).isEqualTo(session.id());
            assertThat(current.session().userId()).isEqualTo(user.id());
            assertThat(current.minutesLeft()).as("paid until minute 10, 8 min 59 s from now").isEqualTo(8);
        });
        assertThat(lastHeartbeat(device.id())).contains(clock.localNow());
        assertThat(heartbeat.heartbeat(idle.id()).session()).isEmpty();
        assertThat(lastHeartbeat(idle.id())).contains(clock.localNow());
    }

    @Test
    void a_late_heartbeat_never_moves_the_last_one_back() {
        Device device = fixtures.device();
        LocalDateTime at = clock.localNow();

        heartbeatPort.recordHeartbeat(device.id(), at);
        heartbeatPort.recordHeartbeat(device.id(), at.minusSeconds(40));

        assertThat(lastHeartbeat(device.id())).contains(at);
        assertThat(lastHeartbeat(fixtures.device().id())).as("never sent one").isEmpty();
    }

    @Test
    void the_machine_stops_its_own_session_charged_once_and_a_repeat_answers_the_same_expense() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession session = fixtures.startedSession(user.id(), device, clock.localNow());

        clock.advance(Duration.ofSeconds(150));
        ChargeOutcome stopped = machineStop.stop(device.id(), session.id());
        clock.advance(Duration.ofMinutes(5));
        ChargeOutcome repeated = machineStop.stop(device.id(), session.id());

        assertThat(stopped.alreadyEnded()).isFalse();
        assertThat(stopped.expense().endReason()).isEqualTo(UsageEndReason.MACHINE);
        assertThat(stopped.expense().cost()).isEqualTo(Money.ofFen(150));
        assertThat(repeated.alreadyEnded()).isTrue();
        assertThat(repeated.expense()).isEqualTo(stopped.expense());
        assertThat(loadUserPort.findById(user.id()).orElseThrow().account())
                .isEqualTo(new Account(Money.ofFen(1_000), Money.ofFen(150)));
    }

    @Test
    void a_machine_cannot_stop_another_machines_session() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        Device device = fixtures.device();
        Device other = fixtures.device();
        UsageSession session = fixtures.startedSession(user.id(), device, clock.localNow());

        assertThatThrownBy(() -> machineStop.stop(other.id(), session.id()))
                .isInstanceOf(UsageSessionNotFoundException.class);
        assertThat(usageSessionPort.findActiveByDevice(device.id())).contains(session);
    }

    @Test
    void a_stop_from_the_machine_and_from_the_page_at_once_charge_once() {
        for (int round = 0; round < 5; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(10_000));
            Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
            UsageSession session = fixtures.startedSession(user.id(), device, clock.localNow());
            clock.advance(Duration.ofMinutes(10));
            List<Callable<Object>> stops = List.of(() -> machineStop.stop(device.id(), session.id()),
                    () -> pageStop.stop(user.id()));

            List<Outcome<Object>> outcomes = Concurrently.run(stops.size(), stops::get);

            assertThat(outcomes).allSatisfy(o -> assertThat(o.failed() ? o.failure() : null)
                    .satisfiesAnyOf(f -> assertThat(f).isNull(),
                            f -> assertThat(f).isInstanceOf(UsageSessionNotFoundException.class)));
            assertThat(loadUserPort.findById(user.id()).orElseThrow().account())
                    .isEqualTo(new Account(Money.ofFen(10_000), Money.ofFen(500)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'USAGE' AND reference = ?",
                    Long.class, String.valueOf(session.id().value()))).isEqualTo(1);
            assertThat(ledgerPort.sumFen(user.id())).isEqualTo(9_500);
        }
    }

    private Optional<LocalDateTime> lastHeartbeat(DeviceId device) {
        return Optional.ofNullable(heartbeatPort.lastHeartbeats(List.of(device)).get(device));
    }

    private DeviceSecret issueSecret(Device device) {
        DeviceSecret secret = DeviceSecret.generate();
        assertThat(credentialsPort.saveSecret(device.id(), secret)).isTrue();
        return secret;
    }

    private DeviceRequest signed(Device device, DeviceSecret secret, String body) {
        return signed(device.id(), secret, body);
    }

    private DeviceRequest signed(DeviceId device, DeviceSecret secret, String body) {
        return signedAt(device, secret, body, clock.instant().getEpochSecond(), nonce());
    }

    private static DeviceRequest signedAt(DeviceId device, DeviceSecret secret, String body, long timestamp,
                                          String nonce) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(timestamp);
        return new DeviceRequest("POST", PATH, bytes, String.valueOf(device.value()), ts, nonce,
                DeviceSignatures.sign(secret, "POST", PATH, ts, nonce, bytes));
    }

    private static DeviceRequest withBody(DeviceRequest request, String body) {
        return new DeviceRequest(request.method(), request.path(), body.getBytes(StandardCharsets.UTF_8),
                request.deviceId(), request.timestamp(), request.nonce(), request.signature());
    }

    private static String nonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
