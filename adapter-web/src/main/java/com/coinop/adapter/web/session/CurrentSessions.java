package com.coinop.adapter.web.session;

import com.coinop.application.signin.port.in.ResolveSessionUseCase;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Finds the session a request's cookie names. The answer is kept on the request, so the session
 * store is asked at most once per request however many parameters or callers want the session.
 */
public class CurrentSessions {

    private static final String RESOLVED = CurrentSessions.class.getName() + ".RESOLVED";

    private final String cookieName;
    private final ResolveSessionUseCase resolveSession;

    public CurrentSessions(String cookieName, ResolveSessionUseCase resolveSession) {
        this.cookieName = cookieName;
        this.resolveSession = resolveSession;
    }

    /** The live session, or empty; a garbage cookie is no session, never an error. */
    @SuppressWarnings("unchecked")
    public Optional<Session> find(HttpServletRequest request) {
        Object resolved = request.getAttribute(RESOLVED);
        if (resolved != null) {
            return (Optional<Session>) resolved;
        }
        Optional<Session> session = sessionId(request).flatMap(resolveSession::resolve);
        request.setAttribute(RESOLVED, session);
        return session;
    }

    /** The signed-in user's session. */
    public Session requireSignedIn(HttpServletRequest request) {
        return find(request).filter(Session::isSignedIn).orElseThrow(NotSignedInException::new);
    }

    /*
     * A browser may send the name twice (an old cookie from another path); the first well-formed
     * value is used, and only that one is looked up, so a request costs one store lookup at most.
     */
    private Optional<SessionId> sessionId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookieName.equals(cookie.getName())) {
                Optional<SessionId> id = SessionId.parse(cookie.getValue());
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }
}
