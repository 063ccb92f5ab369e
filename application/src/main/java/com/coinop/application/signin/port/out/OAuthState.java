package com.coinop.application.signin.port.out;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A WeChat OAuth2 round trip under way: the random {@code value} sent to WeChat as {@code state}, the
 * browser session it belongs to, and the page to return to.
 */
public record OAuthState(String value, SessionId sessionId, String redirect) {

    /** WeChat allows a-zA-Z0-9 in state, up to 128 bytes; ours are 128 random bits in hex. */
    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public OAuthState {
        if (!isWellFormed(value) || sessionId == null || redirect == null) {
            throw new IllegalArgumentException("an OAuth state has a value, a session and a page");
        }
    }

    /** A new state for {@code sessionId}'s browser returning to {@code redirect}. */
    public static OAuthState start(SessionId sessionId, String redirect) {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new OAuthState(HexFormat.of().formatHex(bits), sessionId, redirect);
    }

    /** Whether {@code value} can be a state this class made; anything else is not looked up. */
    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** The same round trip once the browser's session id has been rotated. */
    public OAuthState movedTo(SessionId rotated) {
        return new OAuthState(value, rotated, redirect);
    }

    @Override
    public String toString() {
        return "OAuthState[" + value.substring(0, 4) + "…, session " + sessionId + "]";
    }
}
