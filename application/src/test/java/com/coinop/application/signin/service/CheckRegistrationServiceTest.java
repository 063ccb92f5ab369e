package com.coinop.application.signin.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.signin.port.in.RegistrationStatus;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class CheckRegistrationServiceTest {

    private static final OpenId OPEN_ID = new OpenId("o-abc");
    private static final UserId USER = new UserId(7);

    private final LoadUserPort loadUserPort = mock(LoadUserPort.class);
    private final CheckRegistrationService service = new CheckRegistrationService(loadUserPort);

    @Test
    void no_session_means_no_openid() {
        assertThat(service.check(null)).isEqualTo(RegistrationStatus.NO_OPENID);
        verifyNoInteractions(loadUserPort);
    }

    @Test
    void a_session_without_openid_or_user_means_no_openid() {
        assertThat(service.check(new Session(SessionId.random(), null, null))).isEqualTo(RegistrationStatus.NO_OPENID);
        verifyNoInteractions(loadUserPort);
    }

    @Test
    void a_session_with_only_an_openid_nobody_has_is_not_registered() {
        when(loadUserPort.findByOpenId(OPEN_ID)).thenReturn(Optional.empty());

        assertThat(service.check(new Session(SessionId.random(), OPEN_ID, null))).isEqualTo(RegistrationStatus.NOT_REGISTERED);
    }

    @Test
    void a_session_with_only_the_openid_of_a_disabled_user_is_reported_disabled() {
        when(loadUserPort.findByOpenId(OPEN_ID)).thenReturn(Optional.of(TestUsers.disabledUser().withId(7).build()));

        assertThat(service.check(new Session(SessionId.random(), OPEN_ID, null))).isEqualTo(RegistrationStatus.DISABLED);
    }

    @Test
    void a_signed_in_active_user_is_registered() {
        when(loadUserPort.findById(USER)).thenReturn(Optional.of(TestUsers.activeUser().withId(7).build()));

        assertThat(service.check(new Session(SessionId.random(), OPEN_ID, USER))).isEqualTo(RegistrationStatus.REGISTERED);
        verify(loadUserPort).findById(USER);
    }

    @Test
    void a_signed_in_user_disabled_since_is_reported_disabled() {
        when(loadUserPort.findById(USER)).thenReturn(Optional.of(TestUsers.disabledUser().withId(7).build()));

        assertThat(service.check(new Session(SessionId.random(), OPEN_ID, USER))).isEqualTo(RegistrationStatus.DISABLED);
    }

    @Test
    void a_signed_in_user_that_vanished_falls_back_to_not_registered_with_an_openid() {
        when(loadUserPort.findById(USER)).thenReturn(Optional.empty());

        assertThat(service.check(new Session(SessionId.random(), OPEN_ID, USER))).isEqualTo(RegistrationStatus.NOT_REGISTERED);
        verify(loadUserPort).findById(USER);
    }

    @Test
    void a_signed_in_user_that_vanished_falls_back_to_no_openid_without_one() {
        when(loadUserPort.findById(USER)).thenReturn(Optional.empty());

        assertThat(service.check(new Session(SessionId.random(), null, USER))).isEqualTo(RegistrationStatus.NO_OPENID);
        verify(loadUserPort).findById(USER);
    }
}
