package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.account.port.in.LedgerQuery;
import com.coinop.application.account.port.in.UserLedger;
import com.coinop.application.account.port.in.UserStateChange;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.account.service.DisableUserService;
import com.coinop.application.account.service.EnableUserService;
import com.coinop.application.account.service.GetLedgerService;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.StartUsageCommand;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.application.usage.service.ChargeUsageService;
import com.coinop.application.usage.service.MachineQrCodes;
import com.coinop.application.usage.service.StartUsageService;
import com.coinop.application.usage.service.StopUsageService;
import com.coinop.domain.device.Device;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.usage.UsageState;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disabling and enabling users and reading their ledger as operators do, with the use cases over these
 * adapters and the real database: a disable ends the session in progress and charges it once, even when
 * the page and the machine end it at the same moment; a start racing a disable never leaves a disabled
 * user with a session.
 */
class UserAdministrationIntegrationTest extends PersistenceIntegrationTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 2, 20, 0, 0);
    private static final MachineQrCodes QR_CODES = new MachineQrCodes("https://h5.example.com/?machine={machine}");

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
    private SaveUserPort saveUserPort;

    @Autowired
    private JdbcTemplate jdbc;

    private LocalDateTime now = START;
    private StartUsageService start;
    private StopUsageService stop;
    private ChargeUsageService charge;
    private DisableUserService disable;
    private EnableUserService enable;
    private GetLedgerService ledger;

    @BeforeEach
    void services() {
        start = new StartUsageService(loadUserPort, loadDevicePort, usageSessionPort, transactionPort, () -> now, QR_CODES);
        charge = new ChargeUsageService(usageSessionPort, accountBalancePort, loadDevicePort, transactionPort);
        stop = new StopUsageService(usageSessionPort, charge, () -> now);
        disable = new DisableUserService(loadUserPort, saveUserPort, usageSessionPort, charge, transactionPort, () -> now);
        enable = new EnableUserService(loadUserPort, saveUserPort, transactionPort, () -> now);
        ledger = new GetLedgerService(loadUserPort, ledgerPort);
    }

    @Test
    void disabling_ends_the_session_in_progress_charges_it_and_books_it_in_the_ledger() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
        UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
        now = START.plusSeconds(150);

        UserStateChange change = disable.disable(user.id());

        assertThat(change.changed()).isTrue();
        assertThat(change.user().state()).isEqualTo(UserState.DISABLED);
        assertThat(change.user().account()).isEqualTo(new Account(Money.ofFen(1_000), Money.ofFen(150)));
        UsageSession ended = change.endedSession().orElseThrow();
        assertThat(ended.id()).isEqualTo(session.id());
        assertThat(ended.endReason()).isEqualTo(UsageEndReason.USER_DISABLED);
        assertThat(ended.endTime()).isEqualTo(now);
        assertThat(ended.cost()).isEqualTo(Money.ofFen(150));
        assertThat(usageSessionPort.findById(session.id())).contains(ended);
        assertThat(ledgerPort.sumFen(user.id())).isEqualTo(850);
        UserLedger books = ledger.ledger(new LedgerQuery(user.id(), new PageQuery(1, 10)));
        assertThat(books.total()).isEqualTo(2);
        assertThat(books.entries().get(0).kind()).isEqualTo(LedgerKind.USAGE);
        assertThat(books.entries().get(0).reference().value()).isEqualTo(String.valueOf(session.id().value()));
        assertThat(books.entries().get(0).amount()).isEqualTo(Money.ofFen(150));
        assertThat(books.user().account().balance()).isEqualTo(Money.ofFen(850));
    }

    @Test
    void a_disabled_user_cannot_start_and_a_repeated_disable_or_enable_changes_nothing() {
        User user = fixtures.userWithBalance(Money.ofFen(1_000));
        Device device = fixtures.device();

        assertThat(disable.disable(user.id()).changed()).isTrue();
        UserStateChange again = disable.disable(user.id());

        assertThat(again.changed()).isFalse();
        assertThat(again.endedSession()).isEmpty();
        assertThat(again.user().state()).isEqualTo(UserState.DISABLED);
        assertThat(Concurrently.run(1, () -> start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id())))))
                .singleElement().satisfies(o -> assertThat(o.failure()).isInstanceOf(UserDisabledException.class));
        assertThat(enable.enable(user.id()).changed()).isTrue();
        assertThat(enable.enable(user.id()).changed()).isFalse();
        assertThat(start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session().state())
                .isEqualTo(UsageState.STARTED);
    }

    @Test
    void a_disable_a_stop_from_the_page_and_an_end_from_the_machine_at_once_charge_the_session_once() {
        for (int round = 0; round < 8; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(10_000));
            Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
            now = START;
            UsageSession session = start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))).session();
            now = START.plusMinutes(10);
            List<Callable<Object>> ends = List.of(
                    () -> disable.disable(user.id()),
                    () -> stop.stop(user.id()),
                    () -> charge.charge(new ChargeUsageCommand(session.id(), START.plusMinutes(10), UsageEndReason.MACHINE)));

            List<Outcome<Object>> outcomes = Concurrently.run(ends.size(), ends::get);

            // the page may find no session left to stop when another end came first; nothing else fails
            assertThat(outcomes).allSatisfy(o -> assertThat(o.failed() ? o.failure() : null)
                    .satisfiesAnyOf(f -> assertThat(f).isNull(),
                            f -> assertThat(f).isInstanceOf(UsageSessionNotFoundException.class)));
            UsageSession ended = usageSessionPort.findById(session.id()).orElseThrow();
            assertThat(ended.state()).isEqualTo(UsageState.ENDED);
            assertThat(ended.endReason()).isIn(UsageEndReason.USER_DISABLED, UsageEndReason.USER, UsageEndReason.MACHINE);
            assertThat(ended.cost()).isEqualTo(Money.ofFen(500));
            User after = loadUserPort.findById(user.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(UserState.DISABLED);
            assertThat(after.account()).isEqualTo(new Account(Money.ofFen(10_000), Money.ofFen(500)));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'USAGE' AND reference = ?",
                    Long.class, String.valueOf(session.id().value()))).isEqualTo(1);
            assertThat(ledgerPort.sumFen(user.id())).isEqualTo(9_500);
        }
    }

    @Test
    void a_start_racing_a_disable_never_leaves_the_disabled_user_with_a_session() {
        for (int round = 0; round < 8; round++) {
            User user = fixtures.userWithBalance(Money.ofFen(10_000));
            Device device = fixtures.device(TestDevices.device().pricedAt(Money.ofFen(50)));
            now = START;
            List<Callable<Object>> racing = List.of(
                    () -> start.start(new StartUsageCommand(user.id(), QR_CODES.of(device.id()))),
                    () -> disable.disable(user.id()));

            List<Outcome<Object>> outcomes = Concurrently.run(racing.size(), racing::get);

            assertThat(outcomes.get(1).failed()).isFalse();
            assertThat(outcomes.get(0).failed() ? outcomes.get(0).failure() : null)
                    .satisfiesAnyOf(f -> assertThat(f).isNull(), f -> assertThat(f).isInstanceOf(UserDisabledException.class));
            assertThat(usageSessionPort.findActiveByUser(user.id())).isEmpty();
            assertThat(loadUserPort.findById(user.id()).orElseThrow().state()).isEqualTo(UserState.DISABLED);
            assertThat(ledgerPort.sumFen(user.id())).isEqualTo(loadUserPort.findById(user.id()).orElseThrow()
                    .account().balance().fen());
        }
    }
}
