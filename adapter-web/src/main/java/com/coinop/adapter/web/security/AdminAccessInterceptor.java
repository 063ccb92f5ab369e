package com.coinop.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.io.IOException;

/**
 * The second lock on the admin API: a handler of an {@link AdminApi} controller runs only for a request
 * {@link AdminTokenFilter} accepted. Should routing ever reach an admin handler by a path the filter did
 * not take for an admin one, the request is refused here all the same.
 */
public class AdminAccessInterceptor implements HandlerInterceptor {

    private final AdminRefusal refusal;

    public AdminAccessInterceptor(AdminRefusal refusal) {
        this.refusal = refusal;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(AdminApi.class)
                && !Boolean.TRUE.equals(request.getAttribute(AdminTokenFilter.ACCEPTED))) {
            refusal.write(response, false);
            return false;
        }
        return true;
    }
}
