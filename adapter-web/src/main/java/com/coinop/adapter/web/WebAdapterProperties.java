package com.coinop.adapter.web;

import com.coinop.adapter.web.security.AddressRange;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
 * @param trustedProxies addresses or networks ({@code 10.0.0.0/8}) of the load balancers whose
 *                       {@code X-Forwarded-For} names the client; none by default
 * @param maxBodySize    the largest request body read (default 16KB); past it 413
 */
@ConfigurationProperties("coinop.web")
public record WebAdapterProperties(@DefaultValue List<String> allowedOrigins,
                                   @DefaultValue SessionCookie sessionCookie,
                                   URI publicBaseUrl,
                                   @DefaultValue List<String> trustedProxies,
                                   @DefaultValue("16KB") DataSize maxBodySize) {

    public WebAdapterProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().filter(proxy -> !proxy.isBlank()).map(String::trim).toList();
        for (String proxy : trustedProxies) {
            try {
                AddressRange.parse(proxy);
            } catch (IllegalArgumentException notAnAddress) {
                throw new IllegalArgumentException("coinop.web.trusted-proxies: '" + proxy
                        + "' is not an address or a network like 10.0.0.0/8");
            }
        }
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

        /** Browsers refuse a {@code __Host-} cookie unless it is Secure, host-only and for every path. */
        static final String HOST_PREFIX = "__Host-";

        /**
         * The name on the wire: a Secure cookie is named {@code __Host-<name>}, which browsers accept only
         * from this very host over HTTPS, so no subdomain or plain-HTTP page can plant or overwrite it.
         */
        public String wireName() {
            return secure && !name.startsWith(HOST_PREFIX) ? HOST_PREFIX + name : name;
        }
    }
}
