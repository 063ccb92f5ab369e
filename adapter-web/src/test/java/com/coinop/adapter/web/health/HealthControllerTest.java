package com.coinop.adapter.web.health;

import com.coinop.adapter.web.WebMvcTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationContext;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /health}: the readiness of the application, without touching any session or store. */
@WebMvcTest(HealthController.class)
class HealthControllerTest extends WebMvcTestSupport {

    @Autowired
    private ApplicationContext context;

    @AfterEach
    void readyAgain() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void health_answers_ok_in_the_envelope_once_the_application_is_ready() throws Exception {
        mvc.perform(get("/health"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/json"))
                .andExpect(exactJson("""
                        {"success": true, "result": "ok", "error": null, "error_code": null}
                        """));
    }

    @Test
    void health_answers_503_while_the_application_refuses_traffic_and_ok_once_it_accepts_it() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

        mvc.perform(get("/health"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(errorEnvelope("NOT_READY"));
        mvc.perform(head("/health"))
                .andExpect(status().isServiceUnavailable());

        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

        mvc.perform(get("/health"))
                .andExpect(status().isOk());
    }

    @Test
    void health_never_looks_up_the_session_even_with_a_cookie() throws Exception {
        mvc.perform(get("/health").cookie(new Cookie(COOKIE, "AAAAAAAAAAAAAAAAAAAAAA")))
                .andExpect(status().isOk());
        verifyNoInteractions(resolveSession);
    }

    @Test
    void head_probe_is_answered_200() throws Exception {
        mvc.perform(head("/health"))
                .andExpect(status().isOk());
    }
}
