package com.coinop.application.signin.port.out;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.user.Mobile;

/** Sends the one-time sign-in code to a mobile number by SMS. */
public interface SmsSenderPort {

    /**
     * Sends {@code code}.
     *
     * @throws DependencyUnavailableException when the SMS provider cannot be reached or refuses for a
     *                                        reason of its own (quota, signature, template)
     */
    void sendCode(Mobile mobile, String code);
}
