package com.coinop.application.service;

import com.coinop.application.port.in.LogoutUseCase;
import com.coinop.application.port.out.SessionId;
import com.coinop.application.port.out.SessionStorePort;

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
