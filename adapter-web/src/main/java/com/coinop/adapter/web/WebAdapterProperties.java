package com.coinop.adapter.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Settings of the web adapter, under {@code coinop.web}.
 *
 * @param allowedOrigins origins (scheme://host[:port]) of H5 pages served elsewhere that may call the API with
 *                       credentials; the API's own origin is always allowed and need not be listed
 * @param sessionCookie  the cookie that carries the server-side session id
 */
@ConfigurationProperties("coinop.web")
public record WebAdapterProperties(@DefaultValue List<String> allowedOrigins,
                                   @DefaultValue SessionCookie sessionCookie) {

    public WebAdapterProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        sessionCookie = sessionCookie == null ? new SessionCookie("COINOP_SESSION", false) : sessionCookie;
    }

    /**
     * The session cookie, under {@code coinop.web.session-cookie}.
     *
     * @param name   the cookie's name
     * @param secure whether the cookie is sent over HTTPS only (true in production)
     */
    public record SessionCookie(@DefaultValue("COINOP_SESSION") String name, @DefaultValue("false") boolean secure) {
    }
}
