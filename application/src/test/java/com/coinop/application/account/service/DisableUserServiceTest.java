package com.coinop.application.account.service;

import com.coinop.application.account.port.in.UserStateChange;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class DisableUserServiceTest {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 21, 0, 0);

    private final LoadUserPort loadUserPort = mock(LoadUserPort.class);
    private final SaveUserPort saveUserPort = mock(SaveUserPort.class);
    private final UsageSessionPort usageSessionPort = mock(UsageSessionPort.class);
    private final ChargeUsageUseCase chargeUsage = mock(ChargeUsageUseCase.class);
    private final RecordingTransactionPort transactions = new RecordingTransactionPort();
    private final DisableUserService service = new DisableUserService(loadUserPort, saveUserPort, usageSessionPort,
            chargeUsage, transactions, () -> NOW);

    private final User active = TestUsers.activeUser().withId(7).withBalance(Money.ofYuan(10)).build();
    private final User disabled = TestUsers.activeUser().withId(7).withBalance(Money.ofYuan(10))
            .withState(UserState.DISABLED).build();

    @Test
    void disabling_changes_the_state_under_the_users_lock_and_ends_the_session_in_progress_now() {
        UsageSession running = TestUsage.on(TestDevices.device().build()).by(USER).startedAt(NOW.minusMinutes(3))
                .buildStored(31);
        UsageSession ended = running.end(NOW, Money.ofYuan(10), UsageEndReason.USER_DISABLED);
        when(loadUserPort.lockById(USER)).thenAnswer(transactions.insideTransaction(Optional.of(active)));
        when(saveUserPort.changeState(USER, UserState.DISABLED, NOW)).thenAnswer(transactions.insideTransaction(true));
        when(usageSessionPort.findActiveByUser(USER)).thenAnswer(transactions.insideTransaction(Optional.of(running)));
        when(chargeUsage.charge(new ChargeUsageCommand(running.id(), NOW, UsageEndReason.USER_DISABLED)))
                .thenAnswer(transactions.insideTransaction(new ChargeOutcome(ended, false)));
        when(loadUserPort.findById(USER)).thenAnswer(transactions.insideTransaction(Optional.of(disabled)));

        UserStateChange change = service.disable(USER);

        assertThat(change).isEqualTo(new UserStateChange(disabled, true, Optional.of(ended)));
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void disabling_a_user_without_a_session_only_changes_the_state() {
        when(loadUserPort.lockById(USER)).thenReturn(Optional.of(active));
        when(saveUserPort.changeState(USER, UserState.DISABLED, NOW)).thenReturn(true);
        when(usageSessionPort.findActiveByUser(USER)).thenReturn(Optional.empty());
        when(loadUserPort.findById(USER)).thenReturn(Optional.of(disabled));

        assertThat(service.disable(USER)).isEqualTo(new UserStateChange(disabled, true, Optional.empty()));
        verifyNoInteractions(chargeUsage);
    }

    @Test
    void disabling_a_disabled_user_changes_nothing_and_answers_the_user_as_stored() {
        when(loadUserPort.lockById(USER)).thenReturn(Optional.of(disabled));
        when(usageSessionPort.findActiveByUser(USER)).thenReturn(Optional.empty());

        assertThat(service.disable(USER)).isEqualTo(new UserStateChange(disabled, false, Optional.empty()));
        verify(saveUserPort, never()).changeState(any(), any(), any());
        verifyNoInteractions(chargeUsage);
    }

    @Test
    void a_session_ended_meanwhile_by_the_machine_is_not_reported_as_ended_by_the_disable() {
        UsageSession running = TestUsage.on(TestDevices.device().build()).by(USER).startedAt(NOW.minusMinutes(3))
                .buildStored(31);
        UsageSession endedByMachine = running.end(NOW.minusSeconds(5), Money.ofYuan(10), UsageEndReason.MACHINE);
        when(loadUserPort.lockById(USER)).thenReturn(Optional.of(active));
        when(saveUserPort.changeState(USER, UserState.DISABLED, NOW)).thenReturn(true);
        when(usageSessionPort.findActiveByUser(USER)).thenReturn(Optional.of(running));
        when(chargeUsage.charge(any())).thenReturn(new ChargeOutcome(endedByMachine, true));
        when(loadUserPort.findById(USER)).thenReturn(Optional.of(disabled));

        assertThat(service.disable(USER)).isEqualTo(new UserStateChange(disabled, true, Optional.empty()));
    }

    @Test
    void a_session_started_a_moment_later_by_another_instances_clock_ends_at_its_start() {
        UsageSession running = TestUsage.on(TestDevices.device().build()).by(USER).startedAt(NOW.plusSeconds(2))
                .buildStored(31);
        when(loadUserPort.lockById(USER)).thenReturn(Optional.of(active));
        when(saveUserPort.changeState(USER, UserState.DISABLED, NOW)).thenReturn(true);
        when(usageSessionPort.findActiveByUser(USER)).thenReturn(Optional.of(running));
        when(chargeUsage.charge(any())).thenReturn(new ChargeOutcome(
                running.end(NOW.plusSeconds(2), Money.ofYuan(10), UsageEndReason.USER_DISABLED), false));
        when(loadUserPort.findById(USER)).thenReturn(Optional.of(disabled));

        service.disable(USER);

        verify(chargeUsage).charge(new ChargeUsageCommand(running.id(), NOW.plusSeconds(2), UsageEndReason.USER_DISABLED));
    }

    @Test
    void an_unknown_user_is_not_found_and_nothing_changes() {
        when(loadUserPort.lockById(USER)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.disable(USER)).isInstanceOf(UserNotFoundException.class);
        verifyNoInteractions(saveUserPort, usageSessionPort, chargeUsage);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }
}
