package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.domain.user.UserDisabledException;

import com.coinop.application.shared.port.in.RateLimitedException;

/** Binds a mobile to the WeChat account of the session with an SMS code and signs the user in ({@code POST /wechat/login}). */
public interface LoginUseCase {

    /**
     * @throws NotInWechatException      when the session has no openid
     * @throws InvalidSmsCodeException   when the code is not the one this WeChat user asked for, expired,
     *                                   used or tried too often
     * @throws RateLimitedException      after too many failures today for the WeChat user or the address
     * @throws UserDisabledException     when the mobile's user, or the user of the session's WeChat account,
     *                                   is disabled
     */
    LoginResult login(LoginCommand command);
}
