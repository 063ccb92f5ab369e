package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.RateLimitedException;

/** Binds a mobile to the WeChat account of the session with an SMS code and signs the user in ({@code POST /wechat/login}). */
public interface LoginUseCase {

    /**
     * @throws NotInWechatException      when the session has no openid
     * @throws InvalidSmsCodeException   when the code is wrong, expired, used or tried too often
     * @throws RateLimitedException      after too many failures for the mobile today
     * @throws com.coinop.domain.user.UserDisabledException when the mobile's user is disabled
     */
    LoginResult login(LoginCommand command);
}
