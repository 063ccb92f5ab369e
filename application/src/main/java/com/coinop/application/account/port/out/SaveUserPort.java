package com.coinop.application.account.port.out;

import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;
import com.coinop.domain.user.WechatProfile;

import java.time.LocalDateTime;

/** Stores users and their WeChat binding. Balances are never written here: see {@link AccountBalancePort}. */
public interface SaveUserPort {

    /** Stores a user without id and returns it with its new id. */
    User insert(User user);

    /**
     * Binds {@code openId} to the user: any other active user bound to it loses it, since one WeChat
     * account signs in to one coinop account. A disabled user keeps theirs, so the WeChat account stays
     * out. Call it inside {@link TransactionPort#inTransaction}.
     *
     * @throws UserNotFoundException when there is no such user
     * @throws UserDisabledException when a disabled user holds {@code openId}
     */
    void bindOpenId(UserId userId, OpenId openId, LocalDateTime at);

    /**
     * Stores the nickname and avatar WeChat shows for the user.
     *
     * @throws UserNotFoundException when there is no such user
     */
    void updateWechatProfile(UserId userId, WechatProfile profile, LocalDateTime at);

    /**
     * Sets whether the user is active; the balance is untouched.
     *
     * @return whether the state changed (false: the user already was in {@code state})
     * @throws UserNotFoundException when there is no such user
     */
    boolean changeState(UserId userId, UserState state, LocalDateTime at);
}
