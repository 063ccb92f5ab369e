package com.coinop.localrun;

import com.coinop.adapter.captcha.outbox.LocalOutboxSmsSender;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.domain.user.Mobile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sandbox/sms?mobile=}: the last code the local outbox "sent" to a mobile, so the page can
 * be driven without a phone. Local run only (test sources), like the outbox itself.
 */
@RestController
class SandboxSmsController {

    /** The answer, its fields in this order (a Map.of would order them anew in every JVM). */
    record SentCode(String mobile, String code) {
    }

    private final LocalOutboxSmsSender outbox;

    SandboxSmsController(LocalOutboxSmsSender outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/sandbox/sms")
    ResponseEntity<Envelope<Object>> latestCode(@RequestParam("mobile") String mobile) {
        Mobile to = new Mobile(mobile);
        return outbox.latestCode(to)
                .map(code -> ResponseEntity.ok(Envelope.<Object>ok(new SentCode(to.value(), code))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(Envelope.failure("SMS_NOT_FOUND", "该手机号没有收到验证码")));
    }
}
