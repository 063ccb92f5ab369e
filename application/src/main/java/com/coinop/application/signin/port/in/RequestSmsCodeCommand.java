package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Mobile;

/**
 * Send a sign-in code to {@code mobile}, for the browser's {@code session} (null when it has none) whose
 * client solved the captcha with {@code answer}, from {@code address}.
 */
public record RequestSmsCodeCommand(Mobile mobile, CaptchaAnswer answer, Session session, CaptchaClient client,
                                    ClientAddress address) {

    public RequestSmsCodeCommand {
        InvalidValueException.require(mobile != null, "INVALID_MOBILE", "请填写手机号码");
        InvalidValueException.require(answer != null && client != null, "CAPTCHA_REQUIRED", "请先完成验证");
        if (address == null) {
            throw new IllegalArgumentException("a code is asked for from an address");
        }
    }
}
