package com.coinop.application.signin.service;

import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.signin.port.in.StartWechatSignInCommand;
import com.coinop.application.signin.port.in.StartWechatSignInUseCase;
import com.coinop.application.signin.port.in.WechatSignInStart;
import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.WechatOAuthPort;

import java.time.Duration;
import java.util.List;

/**
 * Starts a WeChat OAuth round trip: the browser gets a session if it has none (within a per-address
 * limit, since each costs Redis room), and a random state bound to that session goes to WeChat and must
 * come back with the code.
 */
public class StartWechatSignInService implements StartWechatSignInUseCase {

    private final SessionStorePort sessionStore;
    private final OAuthStateStorePort stateStore;
    private final WechatOAuthPort oauth;
    private final RateLimiterPort rateLimiter;
    private final WechatSignInSettings settings;

    public StartWechatSignInService(SessionStorePort sessionStore, OAuthStateStorePort stateStore, WechatOAuthPort oauth,
                                    RateLimiterPort rateLimiter, WechatSignInSettings settings) {
        this.sessionStore = sessionStore;
        this.stateStore = stateStore;
        this.oauth = oauth;
        this.rateLimiter = rateLimiter;
        this.settings = settings;
    }

    @Override
    public WechatSignInStart start(StartWechatSignInCommand command) {
        Session session = command.session() != null ? command.session() : newSession(command);
        OAuthState state = OAuthState.start(session.id(), command.redirect());
        stateStore.save(state, settings.stateTtl());
        return new WechatSignInStart(oauth.authorizationUrl(command.callbackUrl(), state.value()), session);
    }

    private Session newSession(StartWechatSignInCommand command) {
        RateDecision decision = rateLimiter.acquire(List.of(new RateLimit(
                SignInSubjects.address("oauth-start", command.address()), settings.anonymousStartsPerIpPerMinute(),
                Duration.ofMinutes(1))));
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfter());
        }
        return sessionStore.create(null, null);
    }
}
