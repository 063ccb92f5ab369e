package com.coinop.application.account.port.out;

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
}
