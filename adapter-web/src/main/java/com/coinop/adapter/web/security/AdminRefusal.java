package com.coinop.adapter.web.security;

import com.coinop.adapter.web.shared.Envelope;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * The 401 {@code ADMIN_TOKEN_INVALID} an admin request without the right bearer token gets, with the
 * {@code WWW-Authenticate} challenge of RFC 6750 ({@code error="invalid_token"} when a token was sent).
 */
public final class AdminRefusal {

    public static final String CODE = "ADMIN_TOKEN_INVALID";
    static final String REALM = "Bearer realm=\"coinop-admin\"";

    private final byte[] body;

    public AdminRefusal(JsonMapper jsonMapper) {
        this.body = jsonMapper.writeValueAsBytes(Envelope.failure(CODE,
                "管理接口需要有效的令牌 (Authorization: Bearer <token>)"));
    }

    public void write(HttpServletResponse response, boolean tokenPresented) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenPresented ? REALM + ", error=\"invalid_token\"" : REALM);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
