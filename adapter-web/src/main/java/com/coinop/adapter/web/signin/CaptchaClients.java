package com.coinop.adapter.web.signin;

import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.Session;
import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Who is solving a captcha, as the captcha service sees it: a hash of the session id (never the id,
 * the openid or the mobile) and the client's address (behind a load balancer list it in
 * {@code coinop.web.trusted-proxies}, so {@code TrustedProxyFilter} makes it the browser's).
 */
final class CaptchaClients {

    private static final String NO_SESSION = "anonymous";

    private CaptchaClients() {
    }

    static CaptchaClient of(Optional<Session> session, HttpServletRequest request) {
        String userId = session.map(s -> sha256(s.id().value()).substring(0, 32)).orElse(NO_SESSION);
        return new CaptchaClient(userId, request.getRemoteAddr());
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
