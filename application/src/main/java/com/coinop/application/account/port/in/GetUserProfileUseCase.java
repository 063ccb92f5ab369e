package com.coinop.application.account.port.in;

import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

/** The signed-in user's profile and account, as {@code GET /wechat/user} shows them. */
public interface GetUserProfileUseCase {

    /** @throws UserNotFoundException when the user no longer exists */
    User getUserProfile(UserId userId);
}
