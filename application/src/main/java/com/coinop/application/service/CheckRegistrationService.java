package com.coinop.application.service;

import com.coinop.application.port.in.CheckRegistrationUseCase;
import com.coinop.application.port.in.RegistrationStatus;
import com.coinop.application.port.out.LoadUserPort;
import com.coinop.application.port.out.Session;
import com.coinop.domain.user.User;

import java.util.Optional;

/**
 * Reads the sign-in state from the session. A signed-in user is looked up again, so a user an
 * operator disabled or removed after sign-in is not reported as registered.
 */
public class CheckRegistrationService implements CheckRegistrationUseCase {

    private final LoadUserPort loadUserPort;

    public CheckRegistrationService(LoadUserPort loadUserPort) {
        this.loadUserPort = loadUserPort;
    }

    @Override
    public RegistrationStatus check(Session session) {
        if (session == null) {
            return RegistrationStatus.NO_OPENID;
        }
        if (session.isSignedIn()) {
            Optional<User> user = loadUserPort.findById(session.userId());
            if (user.isPresent()) {
                return user.get().isActive() ? RegistrationStatus.REGISTERED : RegistrationStatus.DISABLED;
            }
        }
        return session.openId() == null ? RegistrationStatus.NO_OPENID : RegistrationStatus.NOT_REGISTERED;
    }
}
