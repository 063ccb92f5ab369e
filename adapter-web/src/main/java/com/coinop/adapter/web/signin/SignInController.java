package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.account.UserResponse;
import com.coinop.adapter.web.session.CurrentSession;
import com.coinop.adapter.web.security.ClientAddresses;
import com.coinop.adapter.web.session.SessionCookies;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.signin.port.in.LoginCommand;
import com.coinop.application.signin.port.in.LoginResult;
import com.coinop.application.signin.port.in.LoginUseCase;
import com.coinop.application.signin.port.in.LogoutUseCase;
import com.coinop.application.signin.port.in.RequestSmsCodeCommand;
import com.coinop.application.signin.port.in.RequestSmsCodeUseCase;
import com.coinop.application.signin.port.in.StartCaptchaCommand;
import com.coinop.application.signin.port.in.StartCaptchaUseCase;
import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Mobile;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * Binding a mobile (DESIGN.md flow 2): {@code GET /wechat/geetest}, {@code POST /wechat/captcha},
 * {@code POST /wechat/login}, and {@code POST /wechat/logout}.
 */
@RestController
public class SignInController {

    private static final String SUCCESS = "success";

    private final StartCaptchaUseCase startCaptcha;
    private final RequestSmsCodeUseCase requestSmsCode;
    private final LoginUseCase login;
    private final LogoutUseCase logout;
    private final SessionCookies sessionCookies;

    public SignInController(StartCaptchaUseCase startCaptcha, RequestSmsCodeUseCase requestSmsCode, LoginUseCase login,
                            LogoutUseCase logout, SessionCookies sessionCookies) {
        this.startCaptcha = startCaptcha;
        this.requestSmsCode = requestSmsCode;
        this.login = login;
        this.logout = logout;
        this.sessionCookies = sessionCookies;
    }

    @GetMapping("/wechat/geetest")
    public Envelope<GeetestResponse> geetest(@CurrentSession Optional<Session> session, HttpServletRequest request) {
        return Envelope.ok(GeetestResponse.from(startCaptcha.startCaptcha(new StartCaptchaCommand(session.orElse(null),
                CaptchaClients.of(session, request), ClientAddresses.of(request)))));
    }

    @PostMapping("/wechat/captcha")
    public Envelope<String> captcha(@RequestBody CaptchaRequest body, @CurrentSession Optional<Session> session,
                                    HttpServletRequest request) {
        requestSmsCode.requestSmsCode(new RequestSmsCodeCommand(mobile(body.mobile()), body.answer(),
                session.orElse(null), CaptchaClients.of(session, request), ClientAddresses.of(request)));
        return Envelope.ok(SUCCESS);
    }

    @PostMapping("/wechat/login")
    public Envelope<UserResponse> login(@RequestBody LoginRequest body, @CurrentSession Optional<Session> session,
                                        HttpServletRequest request, HttpServletResponse response) {
        LoginResult result = login.login(new LoginCommand(mobile(body.mobile()), body.code(), session.orElse(null),
                ClientAddresses.of(request)));
        sessionCookies.issue(response, result.session().id());
        return Envelope.ok(UserResponse.from(result.user()));
    }

    @PostMapping("/wechat/logout")
    public Envelope<String> logout(@CurrentSession Optional<Session> session, HttpServletResponse response) {
        session.ifPresent(s -> logout.logout(s.id()));
        sessionCookies.clear(response);
        return Envelope.ok(SUCCESS);
    }

    private static Mobile mobile(String value) {
        InvalidValueException.require(value != null, "INVALID_MOBILE", "请填写手机号码");
        return new Mobile(value);
    }
}
