package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.json.StrictJsonBody;
import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /wechat/captcha}: the mobile and the solved Geetest captcha. */
public record CaptchaRequest(String mobile,
                             @JsonProperty("geetest_challenge") String geetestChallenge,
                             @JsonProperty("geetest_validate") String geetestValidate,
                             @JsonProperty("geetest_seccode") String geetestSeccode) implements StrictJsonBody {

    CaptchaAnswer answer() {
        return new CaptchaAnswer(geetestChallenge, geetestValidate, geetestSeccode);
    }
}
