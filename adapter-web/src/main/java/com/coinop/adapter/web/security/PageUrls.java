package com.coinop.adapter.web.security;

import com.coinop.domain.shared.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * coinop's own addresses as browsers see them: the API's base URL, and which URLs are pages of the H5
 * app: absolute http(s) URLs on one of the allowed page origins ({@code coinop.web.allowed-origins}) or on
 * the API's own origin. WeChat sign-in returns only to such a page (anything else would make coinop an
 * open redirect that carries WeChat's trust to any site), and only such a page gets a JS-SDK signature
 * (anything else would lend the official account's JS-SDK to any site).
 */
public final class PageUrls {

    /**
     * Longer page addresses are not pages of coinop's H5 app; a sign-in's page is kept in Redis with the
     * state of every round trip, anonymous ones included, so a stranger must not make it large.
     */
    static final int MAX_LENGTH = 512;

    private final AllowedOrigins allowedOrigins;
    private final URI publicBaseUrl;

    /**
     * @param publicBaseUrl where browsers reach the API ({@code coinop.web.public-base-url}); null to read it
     *                      off each request (local runs and tests)
     */
    public PageUrls(AllowedOrigins allowedOrigins, URI publicBaseUrl) {
        this.allowedOrigins = allowedOrigins;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The configured public base URL, or else the one this request was made to; without a trailing slash. */
    public String apiBaseUrl(HttpServletRequest request) {
        URI base = publicBaseUrl != null ? publicBaseUrl
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUri();
        String text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * {@code url} itself when it is a page of the H5 app.
     *
     * @param apiOrigin the API's own origin, {@code scheme://host[:port]}
     * @throws InvalidValueException with the parameter's error code and a message naming the rule, otherwise
     */
    public String requirePage(String url, PageParameter parameter, String apiOrigin) {
        InvalidValueException.require(url != null && !url.isBlank(), parameter.errorCode(),
                "缺少 " + parameter.name() + ": " + parameter.meaning());
        InvalidValueException.require(url.length() <= MAX_LENGTH, parameter.errorCode(),
                parameter.name() + " 过长 (最多 " + MAX_LENGTH + " 个字符)");
        Optional<String> origin = originOf(url);
        boolean allowed = origin.isPresent()
                && (allowedOrigins.isAllowed(origin.get()) || origin.equals(AllowedOrigins.normalize(apiOrigin)));
        InvalidValueException.require(allowed, parameter.errorCode(),
                parameter.name() + " 必须是本应用页面的完整地址 (http/https)");
        return url;
    }

    /** The origin of an absolute http(s) URL without user info; empty for anything else. */
    private static Optional<String> originOf(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!uri.isAbsolute() || uri.getRawUserInfo() != null || uri.getHost() == null) {
            return Optional.empty();
        }
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return AllowedOrigins.normalize(uri.getScheme() + "://" + uri.getHost() + port);
    }

    /**
     * A request parameter that must name a page: its name, the error code of a refusal, and what it is for
     * (in the refusal's message).
     */
    public record PageParameter(String name, String errorCode, String meaning) {
    }
}
