package com.coinop.application.signin.port.in;

import com.coinop.application.shared.port.in.ClientAddress;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.Session;

/**
 * A captcha for the browser's {@code session} (null when it has none), solved by {@code client} (as the
 * captcha service is told) from {@code address} (as limits count it).
 */
public record StartCaptchaCommand(Session session, CaptchaClient client, ClientAddress address) {

    public StartCaptchaCommand {
        if (client == null || address == null) {
            throw new IllegalArgumentException("a captcha is started for a client at an address");
        }
    }
}
