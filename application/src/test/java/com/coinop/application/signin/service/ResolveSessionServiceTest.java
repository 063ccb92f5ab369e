package com.coinop.application.signin.service;

import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class ResolveSessionServiceTest {

    private final SessionStorePort sessionStorePort = mock(SessionStorePort.class);
    private final ResolveSessionService service = new ResolveSessionService(sessionStorePort);

    @Test
    void a_live_session_is_found_by_its_id() {
        SessionId id = SessionId.random();
        Session session = new Session(id, new OpenId("o-abc"), new UserId(7));
        when(sessionStorePort.find(id)).thenReturn(Optional.of(session));

        assertThat(service.resolve(id)).containsSame(session);
        verify(sessionStorePort).find(id);
        verifyNoMoreInteractions(sessionStorePort);
    }

    @Test
    void an_ended_or_unknown_session_is_empty() {
        SessionId id = SessionId.random();
        when(sessionStorePort.find(id)).thenReturn(Optional.empty());

        assertThat(service.resolve(id)).isEmpty();
        verify(sessionStorePort).find(id);
        verifyNoMoreInteractions(sessionStorePort);
    }
}
