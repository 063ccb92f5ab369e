package com.coinop.application.account.service;

import com.coinop.application.account.port.in.UserStateChange;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class EnableUserServiceTest {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 28, 21, 0, 0);

    private final LoadUserPort loadUserPort = mock(LoadUserPort.class);
    private final SaveUserPort saveUserPort = mock(SaveUserPort.class);
    private final RecordingTransactionPort transactions = new RecordingTransactionPort();
    private final EnableUserService service = new EnableUserService(loadUserPort, saveUserPort, transactions, () -> NOW);

    private final User active = TestUsers.activeUser().withId(7).build();
    private final User disabled = TestUsers.activeUser().withId(7).withState(UserState.DISABLED).build();

    @Test
    void enabling_a_disabled_user_changes_the_state_under_the_users_lock() {
        when(loadUserPort.lockById(USER)).thenAnswer(transactions.insideTransaction(Optional.of(disabled)));
        when(saveUserPort.changeState(USER, UserState.ACTIVE, NOW)).thenAnswer(transactions.insideTransaction(true));
        when(loadUserPort.findById(USER)).thenAnswer(transactions.insideTransaction(Optional.of(active)));

        assertThat(service.enable(USER)).isEqualTo(new UserStateChange(active, true, Optional.empty()));
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void enabling_an_active_user_changes_nothing() {
        when(loadUserPort.lockById(USER)).thenReturn(Optional.of(active));

        assertThat(service.enable(USER)).isEqualTo(new UserStateChange(active, false, Optional.empty()));
        verifyNoInteractions(saveUserPort);
    }

    @Test
    void an_unknown_user_is_not_found() {
        when(loadUserPort.lockById(USER)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.enable(USER)).isInstanceOf(UserNotFoundException.class);
        verifyNoInteractions(saveUserPort);
    }
}
