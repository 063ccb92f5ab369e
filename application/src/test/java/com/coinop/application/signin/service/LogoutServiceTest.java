package com.coinop.application.signin.service;

import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class LogoutServiceTest {

    @Test
    void the_session_is_deleted_from_the_shared_store() {
        SessionStorePort store = mock(SessionStorePort.class);
        SessionId id = SessionId.random();

        new LogoutService(store).logout(id);

        verify(store).delete(id);
        verifyNoMoreInteractions(store);
    }
}
