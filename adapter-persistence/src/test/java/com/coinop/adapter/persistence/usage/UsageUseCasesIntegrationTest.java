package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.Pause;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.application.usage.port.in.StartUsageCommand;
import com.coinop.application.usage.port.in.UsageStarted;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.application.usage.service.ChargeUsageService;
import com.coinop.application.usage.service.EndOverdueSessionsService;
import com.coinop.application.usage.service.GetCurrentUsageService;
import com.coinop.application.usage.service.MachineQrCodes;
import com.coinop.application.usage.service.StartUsageService;
import com.coinop.application.usage.service.StopUsageService;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceDisabledException;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.usage.UsageState;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starting, following and stopping a machine as the page does, with the application's use cases over
 * these adapters and the real database: the rules of a start, one session per user and per machine
 * however many scans arrive at once, and a stop racing the machine's end charged once.
 */
class UsageUseCasesIntegrationTest extends PersistenceIntegrationTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 1, 20, 0, 0);
    private static final MachineQrCodes QR_CODES = new MachineQrCodes("https://h5.example.com/?machine={machine}");
    private static final int SCANS = 8;
    private static final Duration SILENT_AFTER = Duration.ofMinutes(3);

    @Autowired
    private UsageSessionPort usageSessionPort;

    @Autowired
    private LoadDevicePort loadDevicePort;

    @Autowired
    private AccountBalancePort accountBalancePort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private TransactionPort transactionPort;

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private DeviceHeartbeatPort heartbeatPort;

    @Autowired
    private JdbcTemplate jdbc;

    private volatile LocalDateTime now = START;
    private StartUsageService start;
    private GetCurrentUsageService current;
    private StopUsageService stop;
    private ChargeUsageService charge;
    private EndOverdueSessionsService endOverdue;

    @BeforeEach
    void services() {
        start = new StartUsageService(loadUserPort, loadDevicePort, usageSessionPort, transactionPort, () -> now, QR_CODES);
        current = new GetCurrentUsageService(usageSessionPort, loadUserPort, () -> now);
        charge = new ChargeUsageService(usageSessionPort, accountBalancePort, loadDevicePort, transactionPort);
        stop = new StopUsageService(usageSessionPort, charge, () -> now);
        endOverdue = new EndOverdueSessionsService(usageSessionPort, accountBalancePort, charge, transactionPort,
                () -> now, SILENT_AFTER, 2);
    }

    @Test
    void a_scan_starts_the_machine_and_says_how_many_minutes_the_balance_pays_for() {
        User user = fixtures.userWithBalance(Money.ofFen(260));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));

        UsageStarted started = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id())));

        assertThat(started.minutesPaid()).isEqualTo(5);
        assertThat(started.session().state()).isEqualTo(UsageState.STARTED);
        assertThat(started.session().deviceId()).isEqualTo(device.id());
        assertThat(started.session().location()).isEqualTo(device.location());
        assertThat(started.session().startTime()).isEqualTo(START);
        assertThat(usageSessionPort.findActiveByUser(user.id())).contains(started.session());
    }

    @Test
    void a_start_is_refused_for_a_bad_code_an_unknown_or_disabled_machine_a_short_balance_or_a_disabled_user() {
        User user = fixtures.userWithBalance(Money.ofFen(49));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        Device disabled = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(1)).disabled());
        User disabledUser = fixtures.user(TestUsers.disabledUser());

        assertThatThrownBy(() -> start.start(new StartUsageCommand(user.id(), "https://evil.example.com/?machine=1")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_QR"));
        assertThatThrownBy(() -> start.start(new StartUsageCommand(user.id(), QR_CODES.of(new DeviceId(987_654_321_987L)))))
                .isInstanceOf(DeviceNotFoundException.class);
        assertThatThrownBy(() -> start.start(new StartUsageCommand(user.id(), QR_CODES.of(disabled.id()))))
                .isInstanceOf(DeviceDisabledException.class);
        assertThatThrownBy(() -> start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThatThrownBy(() -> start.start(new StartUsageCommand(disabledUser.id(), QR_CODES.of(disabled.id()))))
                .isInstanceOf(UserDisabledException.class);

        assertThat(sessionsOf(user.id())).isZero();
        assertThat(sessionsOf(disabledUser.id())).isZero();
    }

    @Test
    void of_scans_at_once_by_one_user_on_several_machines_one_starts() {
        for (int round = 0; round < 3; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(10_000));
            List<Device> devices = IntStream.range(0, SCANS).mapToObj(i -> fixtures.device()).toList();

            List<Outcome<UsageStarted>> outcomes = Concurrently.run(SCANS,
                    i -> () -> start.start(new StartUsageCommand(user.id(), QR_CODES.of(devices.get(i).id()))));

            assertThat(outcomes).filteredOn(o -> !o.failed()).hasSize(1);
            assertThat(outcomes).filteredOn(Outcome::failed).allSatisfy(o -> assertThat(o.failure())
                    .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                            e -> assertThat(e.code()).isEqualTo("USAGE_ALREADY_ACTIVE")));
            assertThat(sessionsOf(user.id())).isEqualTo(1);
        }
    }

    @Test
    void of_scans_at_once_of_one_machine_by_several_users_one_starts() {
        for (int round = 0; round < 3; round++) {
            Device device = fixtures.device();
            List<User> users = IntStream.range(0, SCANS)
                    .mapToObj(i -> fixtures.userWithBalance(Money.ofFen(10_000))).toList();

            List<Outcome<UsageStarted>> outcomes = Concurrently.run(SCANS,
                    i -> () -> start.start(new StartUsageCommand(users.get(i).id(), QR_CODES.of(device.id()))));

            assertThat(outcomes).filteredOn(o -> !o.failed()).hasSize(1);
            assertThat(outcomes).filteredOn(Outcome::failed).allSatisfy(o -> assertThat(o.failure())
                    .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                            e -> assertThat(e.code()).isEqualTo("DEVICE_BUSY")));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM usage_sessions WHERE device_id = ?", Long.class,
                    device.id().value())).isEqualTo(1);
        }
    }

    @Test
    void the_session_in_progress_shows_the_started_minutes_their_cost_and_the_minutes_left() {
        User user = fixtures.userWithBalance(Money.ofFen(500));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id())));

        now = START.plusSeconds(61);
        CurrentUsage running = current.current(user.id()).orElseThrow();

        assertThat(running.elapsedMinutes()).isEqualTo(2);
        assertThat(running.runningCost()).isEqualTo(Money.ofFen(100));
        assertThat(running.minutesLeft()).as("paid until minute 10, 8 min 59 s from now").isEqualTo(8);
        now = START.plusMinutes(12);
        assertThat(current.current(user.id()).orElseThrow().minutesLeft()).isZero();
        assertThat(current.current(fixtures.user().id())).isEmpty();
    }

    @Test
    void a_stop_charges_every_started_minute_once_and_frees_user_and_machine() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();

        now = START.plusSeconds(45);
        ChargeOutcome stopped = stop.stop(user.id());

        assertThat(stopped.alreadyEnded()).isFalse();
        assertThat(stopped.expense().cost()).isEqualTo(Money.ofFen(50));
        assertThat(stopped.expense().billedMinutes()).isEqualTo(1);
        assertThat(stopped.expense().costMinutes()).isZero();
        assertThat(stopped.expense().endReason()).isEqualTo(UsageEndReason.USER);
        assertThat(usageSessionPort.findById(session.id())).contains(stopped.expense());
        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(1_000), Money.ofFen(50)));
        assertThat(ledgerPort.sumFen(user.id())).isEqualTo(950);
        assertThatThrownBy(() -> stop.stop(user.id())).isInstanceOfSatisfying(UsageSessionNotFoundException.class,
                e -> assertThat(e.code()).isEqualTo("USAGE_NOT_FOUND"));
        User other = fixtures.userWithBalance(Money.ofFen(1_000));
        assertThat(start.start(new StartUsageCommand(other.id(), QR_CODES.of(device.id()))).session().state())
                .as("the machine is free again").isEqualTo(UsageState.STARTED);
    }

    @Test
    void a_stop_from_the_page_and_an_end_from_the_machine_at_once_charge_once() {
        for (int round = 0; round < 5; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(10_000));
            Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
            now = START;
            UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
            now = START.plusMinutes(10);
            List<Callable<ChargeOutcome>> ends = List.of(
                    () -> stop.stop(user.id()),
                    () -> charge.charge(new ChargeUsageCommand(session.id(), START.plusMinutes(10), UsageEndReason.MACHINE)));

            List<Outcome<ChargeOutcome>> outcomes = Concurrently.run(ends.size(), ends::get);

            // the page may also find no session left to stop, when the machine's end came first
            assertThat(outcomes).allSatisfy(o -> assertThat(o.failed() ? o.failure() : null)
                    .satisfiesAnyOf(f -> assertThat(f).isNull(),
                            f -> assertThat(f).isInstanceOf(UsageSessionNotFoundException.class)));
            assertThat(outcomes).filteredOn(o -> !o.failed() && !o.value().alreadyEnded()).hasSize(1);
            assertThat(account(user)).isEqualTo(new Account(Money.ofFen(10_000), Money.ofFen(500)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'USAGE' AND reference = ?",
                    Long.class, String.valueOf(session.id().value()))).isEqualTo(1);
            assertThat(ledgerPort.sumFen(user.id())).isEqualTo(9_500);
        }
    }

    @Test
    void a_start_waiting_for_the_end_of_the_machines_last_session_never_starts_before_that_end() throws Exception {
        User first = fixtures.userWithBalance(Money.ofFen(10_000));
        User second = fixtures.userWithBalance(Money.ofFen(10_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession running = start.start(new StartUsageCommand(first.id(), QR_CODES.of(device.id()))).session();
        now = START.plusMinutes(5);
        CountDownLatch ended = new CountDownLatch(1);

        // the end takes its time to commit, and the clock moves on meanwhile, as it does between instances
        CompletableFuture<ChargeOutcome> end = CompletableFuture.supplyAsync(() -> transactionPort.inTransaction(() -> {
            ChargeOutcome outcome = charge.charge(new ChargeUsageCommand(running.id(), START.plusMinutes(10),
                    UsageEndReason.MACHINE));
            ended.countDown();
            Pause.millis(300);
            now = START.plusMinutes(10);
            return outcome;
        }));
        assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        UsageSession next = start.start(new StartUsageCommand(second.id(), QR_CODES.of(device.id()))).session();

        assertThat(end.get(10, TimeUnit.SECONDS).alreadyEnded()).isFalse();
        assertThat(next.startTime()).as("read after the end committed").isAfterOrEqualTo(START.plusMinutes(10));
    }

    @Test
    void a_session_whose_balance_is_used_up_is_ended_at_the_end_of_its_last_paid_minute() {
        User user = fixtures.userWithBalance(Money.ofFen(260));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();

        now = START.plusMinutes(5).minusSeconds(1);
        assertThat(endOverdue.endOverdue()).doesNotContain(session.id());
        now = START.plusMinutes(7);
        assertThat(endOverdue.endOverdue()).contains(session.id());

        UsageSession ended = usageSessionPort.findById(session.id()).orElseThrow();
        assertThat(ended.endTime()).isEqualTo(START.plusMinutes(5));
        assertThat(ended.endReason()).isEqualTo(UsageEndReason.BALANCE_USED_UP);
        assertThat(ended.cost()).isEqualTo(Money.ofFen(250));
        assertThat(ended.unpaid()).isEqualTo(Money.ZERO);
        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(260), Money.ofFen(250)));
        assertThat(ledgerPort.sumFen(user.id())).isEqualTo(10);
        assertThat(endOverdue.endOverdue()).as("nothing twice").doesNotContain(session.id());
    }

    @Test
    void a_top_up_during_the_session_lets_it_run_on() {
        User user = fixtures.userWithBalance(Money.ofFen(100));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
        fixtures.fund(user.id(), Money.ofFen(500));

        now = START.plusMinutes(5);
        assertThat(endOverdue.endOverdue()).doesNotContain(session.id());
        assertThat(usageSessionPort.findById(session.id()).orElseThrow().state()).isEqualTo(UsageState.STARTED);
        now = START.plusMinutes(12);
        assertThat(endOverdue.endOverdue()).contains(session.id());
        assertThat(usageSessionPort.findById(session.id()).orElseThrow().cost()).isEqualTo(Money.ofFen(600));
    }

    @Test
    void every_used_up_session_ends_in_one_round_however_many_pages_of_sessions_there_are() {
        List<UsageSession> sessions = IntStream.range(0, 5).mapToObj(i -> {
            User user = fixtures.userWithBalance(Money.ofFen(50));
            Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
            return start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
        }).toList();

        now = START.plusMinutes(2);

        assertThat(endOverdue.endOverdue()).containsAll(sessions.stream().map(UsageSession::id).toList());
    }

    @Test
    void the_job_and_a_stop_from_the_page_at_once_charge_once() {
        for (int round = 0; round < 5; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(300));
            Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
            now = START;
            UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
            now = START.plusMinutes(6);
            List<Callable<Object>> ends = List.of(() -> endOverdue.endOverdue(), () -> stop.stop(user.id()));

            List<Outcome<Object>> outcomes = Concurrently.run(ends.size(), ends::get);

            assertThat(outcomes).allSatisfy(o -> assertThat(o.failed() ? o.failure() : null)
                    .satisfiesAnyOf(f -> assertThat(f).isNull(),
                            f -> assertThat(f).isInstanceOf(UsageSessionNotFoundException.class)));
            UsageSession ended = usageSessionPort.findById(session.id()).orElseThrow();
            assertThat(ended.cost()).as("six minutes are the whole balance either way").isEqualTo(Money.ofFen(300));
            assertThat(account(user)).isEqualTo(new Account(Money.ofFen(300), Money.ofFen(300)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'USAGE' AND reference = ?",
                    Long.class, String.valueOf(session.id().value()))).isEqualTo(1);
        }
    }

    @Test
    void a_session_whose_machine_fell_silent_is_ended_at_its_last_heartbeat() {
        User user = fixtures.userWithBalance(Money.ofFen(10_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        heartbeatPort.recordHeartbeat(device.id(), START.minusSeconds(10));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
        heartbeatPort.recordHeartbeat(device.id(), START.plusSeconds(150));

        now = START.plusSeconds(150).plus(SILENT_AFTER).minusSeconds(1);
        assertThat(endOverdue.endOverdue()).as("not silent long enough yet").doesNotContain(session.id());
        now = START.plusMinutes(20);
        assertThat(endOverdue.endOverdue()).contains(session.id());

        UsageSession ended = usageSessionPort.findById(session.id()).orElseThrow();
        assertThat(ended.endReason()).isEqualTo(UsageEndReason.MACHINE_SILENT);
        assertThat(ended.endTime()).isEqualTo(START.plusSeconds(150));
        assertThat(ended.cost()).as("three started minutes").isEqualTo(Money.ofFen(150));
        assertThat(ledgerPort.sumFen(user.id())).isEqualTo(9_850);
    }

    @Test
    void a_machine_silent_since_before_the_start_ends_the_session_at_its_start_for_nothing() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        heartbeatPort.recordHeartbeat(device.id(), START.minusHours(2));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();

        now = START.plusSeconds(30);
        assertThat(endOverdue.endOverdue()).contains(session.id());

        UsageSession ended = usageSessionPort.findById(session.id()).orElseThrow();
        assertThat(ended.endTime()).isEqualTo(START);
        assertThat(ended.cost()).isEqualTo(Money.ZERO);
        assertThat(account(user)).isEqualTo(new Account(Money.ofFen(1_000), Money.ZERO));
    }

    @Test
    void a_machine_that_never_sent_a_heartbeat_is_not_judged_by_its_silence() {
        User user = fixtures.userWithBalance(Money.ofFen(10_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();

        now = START.plusHours(1);

        assertThat(endOverdue.endOverdue()).doesNotContain(session.id());
        assertThat(usageSessionPort.findById(session.id()).orElseThrow().state()).isEqualTo(UsageState.STARTED);
    }

    @Test
    void a_silent_machine_whose_balance_ran_out_first_ends_at_the_last_paid_minute() {
        User user = fixtures.userWithBalance(Money.ofFen(100));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
        heartbeatPort.recordHeartbeat(device.id(), START.plusMinutes(4));

        now = START.plusMinutes(30);
        assertThat(endOverdue.endOverdue()).contains(session.id());

        UsageSession ended = usageSessionPort.findById(session.id()).orElseThrow();
        assertThat(ended.endReason()).isEqualTo(UsageEndReason.BALANCE_USED_UP);
        assertThat(ended.endTime()).isEqualTo(START.plusMinutes(2));
        assertThat(ended.cost()).isEqualTo(Money.ofFen(100));
        assertThat(ended.unpaid()).isEqualTo(Money.ZERO);
    }

    private long sessionsOf(UserId userId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM usage_sessions WHERE user_id = ?", Long.class, userId.value());
    }

    private Account account(User user) {
        return loadUserPort.findById(user.id()).orElseThrow().account();
    }
}
