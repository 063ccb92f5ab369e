package com.coinop.application.signin.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.signin.port.in.CheckRegistrationUseCase;
import com.coinop.application.signin.port.in.RegistrationStatus;
import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.user.User;

import java.util.Optional;

/**
 * Reads the sign-in state from the session. A signed-in user is looked up again, so a user an
 * operator disabled or removed after sign-in is not reported as registered; so is the user of an
 * openid not signed in, which WeChat sign-in leaves out when that user is disabled.
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
        if (session.openId() == null) {
            return RegistrationStatus.NO_OPENID;
        }
        // an openid whose user was disabled must not look like a new WeChat account inviting a fresh binding
        boolean disabled = loadUserPort.findByOpenId(session.openId()).filter(user -> !user.isActive()).isPresent();
        return disabled ? RegistrationStatus.DISABLED : RegistrationStatus.NOT_REGISTERED;
    }
}
