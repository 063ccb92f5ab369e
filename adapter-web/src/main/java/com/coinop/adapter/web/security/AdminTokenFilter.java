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
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Lets a request under {@code /admin/} through only with {@code Authorization: Bearer <coinop.admin.token>}
 * (one such header, the token compared in constant time); any other is answered 401 before anything else
 * looks at it, a CORS preflight included (it carries no token). The H5 page's session cookie counts for
 * nothing here. Registered only while the admin API is on.
 */
public class AdminTokenFilter extends OncePerRequestFilter {

    /** Set on a request whose token was accepted; {@link AdminAccessInterceptor} looks for it. */
    static final String ACCEPTED = AdminTokenFilter.class.getName() + ".ACCEPTED";

    private static final Logger log = LoggerFactory.getLogger(AdminTokenFilter.class);
    private static final String BEARER = "bearer ";

    private final AdminProperties admin;
    private final AdminRefusal refusal;

    public AdminTokenFilter(AdminProperties admin, AdminRefusal refusal) {
        if (!admin.enabled()) {
            throw new IllegalArgumentException("the admin token filter needs coinop.admin.token");
        }
        this.admin = admin;
        this.refusal = refusal;
    }

    /** Whether the request is for the admin API: its path, as routing sees it (decoded, no ;parameters), is under /admin/. */
    public static boolean isAdminPath(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return path.equals("/admin") || path.startsWith("/admin/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isAdminPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> authorizations = Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION));
        String token = authorizations.size() == 1 ? bearerToken(authorizations.get(0)) : null;
        if (admin.accepts(token)) {
            request.setAttribute(ACCEPTED, Boolean.TRUE);
            chain.doFilter(request, response);
            return;
        }
        // never the header itself: a wrong token may be a real one with a typo
        log.info("admin API refused {} {}: {}", request.getMethod(), request.getRequestURI(),
                authorizations.isEmpty() ? "no Authorization header" : "not the admin token");
        refusal.write(response, !authorizations.isEmpty());
    }

    private static String bearerToken(String authorization) {
        return authorization.length() > BEARER.length()
                && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)
                ? authorization.substring(BEARER.length()).strip() : null;
    }
}
