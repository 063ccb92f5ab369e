package com.coinop.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Refuses state-changing requests that another site's page makes with the user's cookie: every
 * method but GET, HEAD and OPTIONS, and the GETs that change state all the same (the seed's
 * {@code GET /wechat/recharge/<yuan>} creates an order), must come from the API's own origin, from an
 * allowed origin, or from no browser page at all (no {@code Origin}, no {@code Sec-Fetch-Site}: curl,
 * machines). Requests it is told to leave alone (the admin API, which authenticates by a bearer token
 * that no browser sends by itself) pass unchecked.
 */
public class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OTHER_SITE = Set.of("cross-site", "same-site");

    /** The seed's routes that change state on GET; {@code list} is the history, a POST. */
    private static final Pattern STATE_CHANGING_GET = Pattern.compile("/wechat/recharge/(?!list$)[^/]+");

    private final AllowedOrigins allowedOrigins;
    private final CrossSiteRefusal refusal;
    private final Predicate<HttpServletRequest> exempt;

    public CrossSiteRequestFilter(AllowedOrigins allowedOrigins, CrossSiteRefusal refusal) {
        this(allowedOrigins, refusal, request -> false);
    }

    public CrossSiteRequestFilter(AllowedOrigins allowedOrigins, CrossSiteRefusal refusal,
                                  Predicate<HttpServletRequest> exempt) {
        this.allowedOrigins = allowedOrigins;
        this.refusal = refusal;
        this.exempt = exempt;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return exempt.test(request);
    }

    /** The path as routing sees it: decoded, without path parameters or doubled slashes. */
    private static boolean isSafe(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) && !("GET".equals(request.getMethod())
                && STATE_CHANGING_GET.matcher(UrlPathHelper.defaultInstance.getPathWithinApplication(request)).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSafe(request) || isAcceptable(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.info("refused cross-site {} {} from origin {} (Sec-Fetch-Site {})", request.getMethod(),
                request.getRequestURI(), request.getHeader(HttpHeaders.ORIGIN), request.getHeader("Sec-Fetch-Site"));
        refusal.write(response);
    }

    private boolean isAcceptable(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (allowedOrigins.isAllowed(origin)) {
            return true;
        }
        if (origin != null && !isSameOrigin(origin, request.getHeader(HttpHeaders.HOST))) {
            return false;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        return fetchSite == null || !OTHER_SITE.contains(fetchSite.trim().toLowerCase(Locale.ROOT));
    }

    /*
     * Compared with the Host header rather than the request's scheme and port: behind a TLS-terminating
     * proxy the servlet sees http on 8080 while the browser's Origin says https on 443, but the Host
     * the browser sent is passed on unchanged.
     */
    static boolean isSameOrigin(String origin, String host) {
        Optional<String> normalized = AllowedOrigins.normalize(origin);
        if (normalized.isEmpty() || host == null || host.isBlank()) {
            return false;
        }
        String scheme = normalized.get().substring(0, normalized.get().indexOf(':'));
        String hostOrigin = AllowedOrigins.normalize(scheme + "://" + host.trim()).orElse(null);
        return normalized.get().equals(hostOrigin);
    }
}
