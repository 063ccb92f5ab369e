package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.Session;

/** Tells the page whether the browser still needs WeChat OAuth, a mobile binding, or nothing. */
public interface CheckRegistrationUseCase {

    /** @param session the browser's session, or null when it has none */
    RegistrationStatus check(Session session);
}
