package com.coinop.application.signin.port.out;

/**
 * Who is solving a captcha, as Geetest wants to know it: an opaque, stable id of the browser's
 * session (never the openid or the mobile itself) and the client's IP address.
 */
public record CaptchaClient(String userId, String ip) {

    public CaptchaClient {
        if (userId == null || userId.isBlank() || ip == null || ip.isBlank()) {
            throw new IllegalArgumentException("a captcha client has a user id and an ip");
        }
    }
}
