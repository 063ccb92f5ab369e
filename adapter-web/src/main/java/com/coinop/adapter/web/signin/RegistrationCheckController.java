package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.session.CurrentSession;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.signin.port.in.CheckRegistrationUseCase;
import com.coinop.application.signin.port.out.Session;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * {@code GET /wechat/check}: where the browser is in the sign-in flow. The seed answers 200 with
 * result -1 (go through WeChat OAuth) or 0 (bind a mobile), which pages branch on; only a disabled
 * user is a 403.
 */
@RestController
public class RegistrationCheckController {

    static final int NO_OPENID_RESULT = -1;
    static final int NOT_REGISTERED_RESULT = 0;

    private final CheckRegistrationUseCase checkRegistration;

    public RegistrationCheckController(CheckRegistrationUseCase checkRegistration) {
        this.checkRegistration = checkRegistration;
    }

    @GetMapping("/wechat/check")
    public ResponseEntity<Envelope<Object>> check(@CurrentSession Optional<Session> session) {
        return switch (checkRegistration.check(session.orElse(null))) {
            case REGISTERED -> ResponseEntity.ok(Envelope.ok("success"));
            case NO_OPENID -> ResponseEntity.ok(Envelope.failure(NO_OPENID_RESULT, "NO_OPENID", "尚未完成微信授权"));
            case NOT_REGISTERED -> ResponseEntity.ok(
                    Envelope.failure(NOT_REGISTERED_RESULT, "NOT_REGISTERED", "尚未绑定手机号"));
            case DISABLED -> ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Envelope.failure("USER_DISABLED", "该用户已被禁用"));
        };
    }
}
