package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Mobile;

/**
 * Sign in with {@code mobile} and the SMS {@code code}, from the browser's {@code session} (null when it
 * has none) at {@code address}.
 */
public record LoginCommand(Mobile mobile, String code, Session session, ClientAddress address) {

    public LoginCommand {
        InvalidValueException.require(mobile != null, "INVALID_MOBILE", "请填写手机号码");
        InvalidValueException.require(code != null && code.matches("[0-9]{6}"), "INVALID_SMS_CODE", "验证码为 6 位数字");
        if (address == null) {
            throw new IllegalArgumentException("a login comes from an address");
        }
    }
}
