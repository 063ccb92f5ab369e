package com.coinop.adapter.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Turns a POST (or any non-GET) to a path no controller has into 404. Spring hands such a request
 * to the static-resource catch-all, which answers 405 because resources are GET-only; a page
 * developer who mistypes {@code /wechat/recharge/lists} should hear "no such route" instead.
 */
public class UnknownRouteInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (handler instanceof ResourceHttpRequestHandler && !read) {
            throw new UnknownRouteException(request.getMethod(), request.getRequestURI());
        }
        return true;
    }
}
