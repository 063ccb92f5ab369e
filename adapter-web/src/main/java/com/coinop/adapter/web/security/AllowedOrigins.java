package com.coinop.adapter.web.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The configured origins of H5 pages served from elsewhere ({@code coinop.web.allowed-origins}),
 * compared in the browser's serialized form {@code scheme://host[:port]}.
 */
public final class AllowedOrigins {

    private final Set<String> origins;
    private final List<String> ordered;

    /** @throws IllegalArgumentException naming the entry, for a wildcard, a path, or anything else that is not an origin */
    public AllowedOrigins(List<String> configured) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String entry : configured) {
            normalized.add(normalize(entry).orElseThrow(() -> new IllegalArgumentException(
                    "coinop.web.allowed-origins: '" + entry + "' is not an origin like https://h5.example.com")));
        }
        this.origins = Set.copyOf(normalized);
        this.ordered = List.copyOf(normalized);
    }

    /** Whether the {@code Origin} header names one of the configured origins. */
    public boolean isAllowed(String origin) {
        return origin != null && normalize(origin).map(origins::contains).orElse(false);
    }

    /** The configured origins, normalized, in configuration order. */
    public List<String> values() {
        return ordered;
    }

    /**
     * {@code scheme://host[:port]} in lower case without a default port, or empty when the text is
     * not an http(s) origin (a wildcard, {@code null}, a path, user info, a query).
     */
    static Optional<String> normalize(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = "http".equals(scheme) || "https".equals(scheme);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!web || !bare || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == defaultPort(scheme);
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }

    static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
