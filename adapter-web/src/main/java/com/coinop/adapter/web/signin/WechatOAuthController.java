package com.coinop.adapter.web.signin;

import com.coinop.adapter.web.security.ClientAddresses;
import com.coinop.adapter.web.security.PageUrls.PageParameter;
import com.coinop.adapter.web.security.PageUrls;
import com.coinop.adapter.web.session.CurrentSession;
import com.coinop.adapter.web.session.SessionCookies;
import com.coinop.application.signin.port.in.CompleteWechatSignInCommand;
import com.coinop.application.signin.port.in.CompleteWechatSignInUseCase;
import com.coinop.application.signin.port.in.StartWechatSignInCommand;
import com.coinop.application.signin.port.in.StartWechatSignInUseCase;
import com.coinop.application.signin.port.in.WechatSignInCompletion;
import com.coinop.application.signin.port.in.WechatSignInStart;
import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.shared.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * WeChat sign-in (DESIGN.md flow 1): {@code GET /wechat/oauth/authorize?redirect=<page>} sends the browser
 * to WeChat, {@code GET /wechat/oauth/callback?code&state} takes it back to the page. Both answer 302;
 * a refused request answers the usual JSON envelope.
 */
@RestController
public class WechatOAuthController {

    static final String CALLBACK_PATH = "/wechat/oauth/callback";

    private static final PageParameter REDIRECT = new PageParameter("redirect", "INVALID_REDIRECT", "授权后要回到的页面地址");

    private final StartWechatSignInUseCase startSignIn;
    private final CompleteWechatSignInUseCase completeSignIn;
    private final PageUrls pageUrls;
    private final SessionCookies sessionCookies;

    public WechatOAuthController(StartWechatSignInUseCase startSignIn, CompleteWechatSignInUseCase completeSignIn,
                                 PageUrls pageUrls, SessionCookies sessionCookies) {
        this.startSignIn = startSignIn;
        this.completeSignIn = completeSignIn;
        this.pageUrls = pageUrls;
        this.sessionCookies = sessionCookies;
    }

    @GetMapping("/wechat/oauth/authorize")
    public ResponseEntity<Void> authorize(@CurrentSession Optional<Session> session, HttpServletRequest request,
                                          HttpServletResponse response) {
        String apiBase = pageUrls.apiBaseUrl(request);
        String page = pageUrls.requirePage(singleParameter(request, REDIRECT.name()), REDIRECT, apiBase);
        WechatSignInStart start = startSignIn.start(new StartWechatSignInCommand(session.orElse(null), page,
                apiBase + CALLBACK_PATH, ClientAddresses.of(request)));
        issueIfNew(response, session, start.session());
        return found(start.authorizationUrl());
    }

    @GetMapping(CALLBACK_PATH)
    public ResponseEntity<Void> callback(@CurrentSession Optional<Session> session, HttpServletRequest request,
                                         HttpServletResponse response) {
        WechatSignInCompletion done = completeSignIn.complete(new CompleteWechatSignInCommand(session.orElse(null),
                singleParameter(request, "state"), singleParameter(request, "code")));
        issueIfNew(response, session, done.session());
        return found(done.redirect());
    }

    /**
     * The query parameter's one value, or null when absent. A repeated one is refused: Spring would join
     * the values with commas into one that nobody sent.
     */
    private static String singleParameter(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        InvalidValueException.require(values.length == 1, "REPEATED_PARAMETER", "参数 " + name + " 只能出现一次");
        return values[0];
    }

    private void issueIfNew(HttpServletResponse response, Optional<Session> before, Session after) {
        if (before.map(Session::id).filter(after.id()::equals).isEmpty()) {
            sessionCookies.issue(response, after.id());
        }
    }

    private static ResponseEntity<Void> found(String location) {
        // the callback's URL holds a live code: the page it goes to must not pass it on as a Referer
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, location)
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
