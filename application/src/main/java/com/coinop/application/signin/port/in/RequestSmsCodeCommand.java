package com.coinop.application.signin.port.in;

import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Mobile;

/** Send a sign-in code to {@code mobile}, for a client who solved the captcha with {@code answer}. */
public record RequestSmsCodeCommand(Mobile mobile, CaptchaAnswer answer, CaptchaClient client) {

    public RequestSmsCodeCommand {
        InvalidValueException.require(mobile != null, "INVALID_MOBILE", "请填写手机号码");
        InvalidValueException.require(answer != null && client != null, "CAPTCHA_REQUIRED", "请先完成验证");
    }
}
