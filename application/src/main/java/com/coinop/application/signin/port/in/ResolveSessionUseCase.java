package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;

import java.util.Optional;

/** Finds the live session a browser's cookie names, and keeps it alive. */
public interface ResolveSessionUseCase {

    Optional<Session> resolve(SessionId id);
}
