package com.coinop.adapter.web.session;

import com.coinop.application.signin.port.out.SessionId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * Writes and removes the session cookie: HttpOnly so page scripts cannot read it, SameSite=Lax so
 * other sites' forms do not carry it, Path=/ and Secure as configured. It lives as long as the
 * browser session; the server-side session decides when it really ends.
 */
public class SessionCookies {

    private final String name;
    private final boolean secure;

    public SessionCookies(String name, boolean secure) {
        this.name = name;
        this.secure = secure;
        // Builds one cookie now so a name that is not a valid cookie name stops start-up, not the first sign-in.
        cookie("x").build();
    }

    /** Sets the cookie to {@code id}, after sign-in or when a session is first created or rotated. */
    public void issue(HttpServletResponse response, SessionId id) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(id.value()).build().toString());
    }

    /** Tells the browser to forget the cookie, on sign-out. */
    public void clear(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("").maxAge(0).build().toString());
    }

    /** The cookie's name ({@code coinop.web.session-cookie.name}). */
    public String name() {
        return name;
    }

    private ResponseCookie.ResponseCookieBuilder cookie(String value) {
        return ResponseCookie.from(name, value).httpOnly(true).secure(secure).sameSite("Lax").path("/");
    }
}
