package com.coinop.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.CorsFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * CORS with credentials for exactly the allowed origins: GET and POST with a {@code Content-Type}
 * header. A request from any other origin gets no CORS headers at all (so its page cannot read the
 * answer), and a preflight from one is refused with the cross-site envelope. Requests it is told to leave
 * alone (the admin API, which is not for the page) get no CORS handling at all: no headers, no preflight.
 */
public class AllowedOriginsCorsFilter extends CorsFilter {

    private final AllowedOrigins allowedOrigins;
    private final CrossSiteRefusal refusal;
    private final Predicate<HttpServletRequest> exempt;

    public AllowedOriginsCorsFilter(AllowedOrigins allowedOrigins, CrossSiteRefusal refusal) {
        this(allowedOrigins, refusal, request -> false);
    }

    public AllowedOriginsCorsFilter(AllowedOrigins allowedOrigins, CrossSiteRefusal refusal,
                                    Predicate<HttpServletRequest> exempt) {
        this(allowedOrigins, configuration(allowedOrigins), refusal, exempt);
    }

    private AllowedOriginsCorsFilter(AllowedOrigins allowedOrigins, CorsConfiguration configuration,
                                     CrossSiteRefusal refusal, Predicate<HttpServletRequest> exempt) {
        // No configuration for other origins: Spring then adds no CORS headers to their requests.
        super(request -> allowedOrigins.isAllowed(request.getHeader(HttpHeaders.ORIGIN)) ? configuration : null);
        setCorsProcessor(new EnvelopeCorsProcessor(refusal));
        this.allowedOrigins = allowedOrigins;
        this.refusal = refusal;
        this.exempt = exempt;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return exempt.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Every answer depends on the Origin, not only those to allowed origins: caches must keep them apart.
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (CorsUtils.isPreFlightRequest(request) && !allowedOrigins.isAllowed(request.getHeader(HttpHeaders.ORIGIN))) {
            // Spring would answer an empty 200; the envelope tells the page developer why the browser stops.
            refusal.write(response);
            return;
        }
        super.doFilterInternal(request, response, chain);
    }

    private static CorsConfiguration configuration(AllowedOrigins allowedOrigins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins.values());
        configuration.setAllowCredentials(true);
        configuration.setAllowedMethods(List.of("GET", "POST"));
        configuration.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE));
        // Lets the page read Retry-After of a 429 and wait as told.
        configuration.setExposedHeaders(List.of(HttpHeaders.RETRY_AFTER));
        configuration.setMaxAge(Duration.ofMinutes(30));
        return configuration;
    }

    /** Spring's CORS checks, answering a refusal with the JSON envelope instead of a plain-text body. */
    private static final class EnvelopeCorsProcessor extends DefaultCorsProcessor {

        private final CrossSiteRefusal refusal;

        private EnvelopeCorsProcessor(CrossSiteRefusal refusal) {
            this.refusal = refusal;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            byte[] body = refusal.body();
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            response.getHeaders().setContentLength(body.length);
            response.getBody().write(body);
            response.flush();
        }
    }
}
