package com.coinop.adapter.web.health;

import com.coinop.adapter.web.WebMvcTestSupport;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /health}: a constant answer that touches no session or store. */
@WebMvcTest(HealthController.class)
class HealthControllerTest extends WebMvcTestSupport {

    @Test
    void health_answers_ok_in_the_envelope() throws Exception {
        mvc.perform(get("/health"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/json"))
                .andExpect(exactJson("""
                        {"success": true, "result": "ok", "error": null, "error_code": null}
                        """));
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
