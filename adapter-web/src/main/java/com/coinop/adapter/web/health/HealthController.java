package com.coinop.adapter.web.health;

import com.coinop.adapter.web.shared.Envelope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The load balancer's probe. It touches no database, Redis or session on purpose: it says the
 * process serves HTTP, so one slow dependency does not take every instance out of rotation.
 */
@RestController
public class HealthController {

    private static final Envelope<String> OK = Envelope.ok("ok");

    @GetMapping("/health")
    public Envelope<String> health() {
        return OK;
    }
}
