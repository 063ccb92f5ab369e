package com.coinop.application.account.port.in;

import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

/**
 * An operator disables a user: from then on the user cannot sign in, recharge or start a machine, and the
 * session in progress, if any, ends now and is charged (reason USER_DISABLED), all in one transaction.
 * Disabling a disabled user changes nothing.
 */
public interface DisableUserUseCase {

    /** @throws UserNotFoundException when there is no such user */
    UserStateChange disable(UserId userId);
}
