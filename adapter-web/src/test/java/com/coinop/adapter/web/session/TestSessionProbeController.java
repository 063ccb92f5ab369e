package com.coinop.adapter.web.session;

import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.signin.port.out.Session;
import com.coinop.domain.user.UserId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/** Test-only routes asking for the session more than once, and one that declares the annotation on a wrong type. */
@RestController
class TestSessionProbeController {

    @GetMapping("/test/session/both")
    Envelope<String> both(@SignedInUser UserId userId, @CurrentSession Optional<Session> session) {
        return Envelope.ok(userId.value() + "/" + session.map(s -> s.openId().value()).orElse("-"));
    }

    @GetMapping("/test/session/optional")
    Envelope<Boolean> optional(@CurrentSession Optional<Session> session) {
        return Envelope.ok(session.isPresent());
    }

    @GetMapping("/test/session/misdeclared")
    Envelope<String> misdeclared(@SignedInUser Long userId) {
        return Envelope.ok("never");
    }
}
