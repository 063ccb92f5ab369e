package com.coinop.application.account.port.in;

import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

/** An operator enables a disabled user again. Enabling an active user changes nothing. */
public interface EnableUserUseCase {

    /** @throws UserNotFoundException when there is no such user */
    UserStateChange enable(UserId userId);
}
