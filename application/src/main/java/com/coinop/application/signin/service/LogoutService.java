package com.coinop.application.signin.service;

import com.coinop.application.signin.port.in.LogoutUseCase;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;

/** Ends a session in the shared store, so no instance accepts its id again. */
public class LogoutService implements LogoutUseCase {

    private final SessionStorePort sessionStore;

    public LogoutService(SessionStorePort sessionStore) {
        this.sessionStore = sessionStore;
    }

    @Override
    public void logout(SessionId sessionId) {
        sessionStore.delete(sessionId);
    }
}
