package com.coinop.application.account.port.out;

import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;

import java.util.Optional;

/** Reads users. */
public interface LoadUserPort {

    Optional<User> findById(UserId id);

    Optional<User> findByOpenId(OpenId openId);

    Optional<User> findByMobile(Mobile mobile);

    /**
     * Reads the user and holds its row until the transaction ends, so that what a use case decides from
     * the user's other rows (how many orders are open) cannot change under it. Call it inside
     * {@link TransactionPort#inTransaction}.
     */
    Optional<User> lockById(UserId id);
}
