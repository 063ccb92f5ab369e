package com.coinop.adapter.web.health;

import com.coinop.adapter.web.shared.Envelope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The load balancer's probe. It touches no database, Redis or session on purpose, so one slow dependency
 * does not take every instance out of rotation: it says the process serves HTTP and is ready for traffic,
 * as Spring Boot's readiness state has it (not yet while start-up finishes, which for the local run
 * includes loading its demo data; no longer once shutdown begins).
 *
 * <p>It is also the benchmark's ceiling (bench/), so it answers a plain body: returning a
 * {@code ResponseEntity} instead made it dearer than {@code GET /wechat/user} (Spring's entity path asks
 * every streaming handler about the type and flushes the response on its own; JFR, 2026-11-28).
 */
@RestController
public class HealthController {

    private static final Envelope<Object> OK = Envelope.ok("ok");
    private static final Envelope<Object> NOT_READY = Envelope.failure("NOT_READY", "服务尚未就绪，请稍后再试");

    // Boot publishes every readiness change as an event; following them here needs no other bean
    private volatile ReadinessState readiness = ReadinessState.REFUSING_TRAFFIC;

    @EventListener
    void readinessChanged(AvailabilityChangeEvent<ReadinessState> change) {
        readiness = change.getState();
    }

    @GetMapping("/health")
    public Envelope<Object> health(HttpServletResponse response) {
        if (readiness == ReadinessState.ACCEPTING_TRAFFIC) {
            return OK;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return NOT_READY;
    }
}
