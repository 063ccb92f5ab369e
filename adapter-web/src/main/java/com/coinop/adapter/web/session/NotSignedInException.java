package com.coinop.adapter.web.session;

/** The request needs a signed-in user and its session has none (no cookie, an unknown or ended session, no user yet). */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("not signed in");
    }
}
