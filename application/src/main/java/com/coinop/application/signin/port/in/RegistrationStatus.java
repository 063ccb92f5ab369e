package com.coinop.application.signin.port.in;

/** How far a browser's session is in the sign-in flow. */
public enum RegistrationStatus {
    /** No WeChat openid yet: the page must go through WeChat OAuth. */
    NO_OPENID,
    /** An openid but no bound mobile: the page must bind one with an SMS code. */
    NOT_REGISTERED,
    /** Signed in as a user who has since been disabled. */
    DISABLED,
    /** Signed in as an active user. */
    REGISTERED
}
