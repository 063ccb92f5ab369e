package com.coinop.application.shared.port.out;

/**
 * A system coinop depends on (the database, Redis, WeChat, Geetest, the SMS provider) cannot be
 * reached or did not answer in time. Adapters translate their own failures into it; the web
 * adapter answers 503.
 */
public class DependencyUnavailableException extends RuntimeException {

    private final String dependency;

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(dependency + " is unavailable", cause);
        this.dependency = dependency;
    }

    /** Which system: "database", "redis", "wechat", … */
    public String dependency() {
        return dependency;
    }
}
