package com.coinop.adapter.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.util.List;

/**
 * Settings of the web adapter, under {@code coinop.web}.
 *
 * @param allowedOrigins origins (scheme://host[:port]) of H5 pages served elsewhere that may call the API with
 *                       credentials; the API's own origin is always allowed and need not be listed
 * @param sessionCookie  the cookie that carries the server-side session id
 * @param publicBaseUrl  where browsers and WeChat reach the API ({@code https://api.example.com}, no path):
 *                       WeChat's OAuth callback is built on it. Unset (local runs and tests), it is read off
 *                       each request; production requires it, since WeChat only returns to the domain
 *                       registered for the official account
 */
@ConfigurationProperties("coinop.web")
public record WebAdapterProperties(@DefaultValue List<String> allowedOrigins,
                                   @DefaultValue SessionCookie sessionCookie,
                                   URI publicBaseUrl) {

    public WebAdapterProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        sessionCookie = sessionCookie == null ? new SessionCookie("COINOP_SESSION", false) : sessionCookie;
        if (publicBaseUrl != null && publicBaseUrl.toString().isBlank()) {
            publicBaseUrl = null;
        }
        if (publicBaseUrl != null && !isBaseUrl(publicBaseUrl)) {
            throw new IllegalArgumentException("coinop.web.public-base-url: '" + publicBaseUrl
                    + "' is not a base URL like https://api.example.com");
        }
    }

    private static boolean isBaseUrl(URI url) {
        boolean web = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
        boolean bare = (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))
                && url.getRawQuery() == null && url.getRawFragment() == null && url.getRawUserInfo() == null;
        return web && bare && url.getHost() != null;
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
