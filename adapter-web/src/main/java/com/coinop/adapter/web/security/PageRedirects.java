package com.coinop.adapter.web.security;

import com.coinop.domain.shared.InvalidValueException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Which pages a browser may be sent back to after WeChat sign-in: absolute http(s) URLs on one of the
 * allowed page origins ({@code coinop.web.allowed-origins}) or on the API's own origin. Anything else
 * would make coinop an open redirect that carries WeChat's trust to any site.
 */
public final class PageRedirects {

    /**
     * Longer page addresses are not pages of coinop's H5 app; the page is kept in Redis with the state of
     * every round trip, anonymous ones included, so a stranger must not make it large.
     */
    static final int MAX_LENGTH = 512;

    private final AllowedOrigins allowedOrigins;

    public PageRedirects(AllowedOrigins allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    /**
     * {@code redirect} itself when it may be returned to.
     *
     * @param apiOrigin the API's own origin, {@code scheme://host[:port]}
     * @throws InvalidValueException naming the rule, for anything else
     */
    public String require(String redirect, String apiOrigin) {
        InvalidValueException.require(redirect != null && !redirect.isBlank(), "INVALID_REDIRECT",
                "缺少 redirect: 授权后要回到的页面地址");
        InvalidValueException.require(redirect.length() <= MAX_LENGTH, "INVALID_REDIRECT",
                "redirect 过长 (最多 " + MAX_LENGTH + " 个字符)");
        Optional<String> origin = originOf(redirect);
        boolean allowed = origin.isPresent()
                && (allowedOrigins.isAllowed(origin.get()) || origin.equals(AllowedOrigins.normalize(apiOrigin)));
        InvalidValueException.require(allowed, "INVALID_REDIRECT", "redirect 必须是本应用页面的完整地址 (http/https)");
        return redirect;
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
}
