package com.coinop.adapter.web.security;

import com.coinop.adapter.web.shared.Envelope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/** The 403 {@code CROSS_SITE_REQUEST} envelope the filters answer with, written before any handler runs. */
public final class CrossSiteRefusal {

    public static final String CODE = "CROSS_SITE_REQUEST";

    private final byte[] body;

    public CrossSiteRefusal(JsonMapper jsonMapper) {
        // The body never varies, so it is serialized once instead of on every refused request.
        this.body = jsonMapper.writeValueAsBytes(Envelope.failure(CODE, "跨站请求已被拒绝"));
    }

    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    byte[] body() {
        return body.clone();
    }
}
