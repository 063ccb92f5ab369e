package com.coinop.application.signin.service;

import com.coinop.application.signin.port.in.ResolveSessionUseCase;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;

import java.util.Optional;

/** Finds a browser's live session in the shared session store. */
public class ResolveSessionService implements ResolveSessionUseCase {

    private final SessionStorePort sessionStorePort;

    public ResolveSessionService(SessionStorePort sessionStorePort) {
        this.sessionStorePort = sessionStorePort;
    }

    @Override
    public Optional<Session> resolve(SessionId id) {
        return sessionStorePort.find(id);
    }
}
