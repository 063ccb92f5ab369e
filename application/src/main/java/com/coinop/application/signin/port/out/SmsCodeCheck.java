package com.coinop.application.signin.port.out;

/** What checking a sign-in code against the stored one found. */
public enum SmsCodeCheck {
    /** The code matched; it is used up. */
    MATCHED,
    /** The code did not match; the try is counted and the code stays for the tries left. */
    WRONG,
    /** The code did not match and that was the last try allowed: the stored code is gone. */
    EXHAUSTED,
    /** No code is waiting for that mobile (never sent, expired, used up or exhausted). */
    NONE
}
