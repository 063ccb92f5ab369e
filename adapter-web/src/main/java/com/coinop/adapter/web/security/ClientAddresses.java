package com.coinop.adapter.web.security;

import com.coinop.application.shared.port.in.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the limits count it: the servlet's remote address (behind trusted proxies,
 * the one {@link TrustedProxyFilter} took from {@code X-Forwarded-For}), parsed, never a header string.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static ClientAddress of(HttpServletRequest request) {
        return ClientAddress.parse(request.getRemoteAddr());
    }
}
