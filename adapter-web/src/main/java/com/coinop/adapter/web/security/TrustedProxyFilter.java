package com.coinop.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The client's address behind the load balancer: only when the connection comes from a proxy listed in
 * {@code coinop.web.trusted-proxies} is {@code X-Forwarded-For} read, from its right end, skipping the
 * listed proxies, up to the first address that is not one of them: that is the client. Anything a client
 * wrote further left, or an entry that is not an IP address, is not believed. With no proxy listed (the
 * default), the connection's own address is the client's.
 */
public class TrustedProxyFilter extends OncePerRequestFilter {

    private final List<AddressRange> trustedProxies;

    public TrustedProxyFilter(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientOf(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        if (client.equals(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getRemoteAddr() {
                return client;
            }

            @Override
            public String getRemoteHost() {
                return client;
            }
        }, response);
    }

    /** The client's address for a connection from {@code peer} carrying these X-Forwarded-For headers. */
    String clientOf(String peer, List<String> forwardedForHeaders) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedForHeaders.forEach(header -> {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        });
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isAddress(hop)) {
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static boolean isAddress(String text) {
        try {
            AddressRange.literal(text);
            return true;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
