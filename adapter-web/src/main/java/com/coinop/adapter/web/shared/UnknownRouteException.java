package com.coinop.adapter.web.shared;

/** No API route has this path: answered 404 {@code NOT_FOUND} whatever the method. */
public class UnknownRouteException extends RuntimeException {

    public UnknownRouteException(String method, String path) {
        super("no route for " + method + " " + path);
    }
}
