package com.coinop.application.signin.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.LockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.signin.port.in.CompleteWechatSignInCommand;
import com.coinop.application.signin.port.in.CompleteWechatSignInUseCase;
import com.coinop.application.signin.port.in.OAuthStateInvalidException;
import com.coinop.application.signin.port.in.WechatSignInCompletion;
import com.coinop.application.signin.port.out.ExchangedCode;
import com.coinop.application.signin.port.out.ExchangedCodeStorePort;
import com.coinop.application.signin.port.out.OAuthCode;
import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.WechatCodeRejectedException;
import com.coinop.application.signin.port.out.WechatIdentity;
import com.coinop.application.signin.port.out.WechatOAuthPort;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;

import java.util.Optional;

/**
 * Ends a WeChat OAuth round trip. The state must be one this browser's session started. Each code goes
 * to WeChat once: under a lock shared by every instance, a code seen before is answered from what it
 * was exchanged for, and only for the round trip that brought it first. The session then holds the
 * openid and profile under a new id, signed in when the openid belongs to an active user; the state
 * follows the new id, keeping its expiry, so a reloaded callback still works but never for longer.
 */
public class CompleteWechatSignInService implements CompleteWechatSignInUseCase {

    /** WeChat's "code been used". */
    private static final int CODE_BEEN_USED = 40163;

    private final OAuthStateStorePort stateStore;
    private final ExchangedCodeStorePort exchangedCodes;
    private final LockPort locks;
    private final WechatOAuthPort oauth;
    private final LoadUserPort loadUserPort;
    private final SaveUserPort saveUserPort;
    private final SessionStorePort sessionStore;
    private final TransactionPort transactionPort;
    private final ClockPort clock;
    private final WechatSignInSettings settings;

    public CompleteWechatSignInService(OAuthStateStorePort stateStore, ExchangedCodeStorePort exchangedCodes,
                                       LockPort locks, WechatOAuthPort oauth, LoadUserPort loadUserPort,
                                       SaveUserPort saveUserPort, SessionStorePort sessionStore,
                                       TransactionPort transactionPort, ClockPort clock,
                                       WechatSignInSettings settings) {
        this.stateStore = stateStore;
        this.exchangedCodes = exchangedCodes;
        this.locks = locks;
        this.oauth = oauth;
        this.loadUserPort = loadUserPort;
        this.saveUserPort = saveUserPort;
        this.sessionStore = sessionStore;
        this.transactionPort = transactionPort;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public WechatSignInCompletion complete(CompleteWechatSignInCommand command) {
        Session session = command.session();
        OAuthState state = (OAuthState.isWellFormed(command.state()) ? stateStore.find(command.state()) : Optional.<OAuthState>empty())
                .filter(found -> session != null && found.sessionId().equals(session.id()))
                .orElseThrow(OAuthStateInvalidException::new);
        if (command.code() == null || command.code().isEmpty()) {
            // WeChat comes back without a code when the user declined: back to the page, nothing learnt
            return new WechatSignInCompletion(state.redirect(), session);
        }
        WechatIdentity identity = exchangeOnce(new OAuthCode(command.code()), state);
        UserId user = transactionPort.inTransaction(() -> activeUserOf(identity));
        Session next = sessionStore.rotate(new Session(session.id(), identity.openId(), user, identity.profile()));
        stateStore.update(state.movedTo(next.id()));
        return new WechatSignInCompletion(state.redirect(), next);
    }

    private WechatIdentity exchangeOnce(OAuthCode code, OAuthState state) {
        return locks.underLock("wechat-oauth-code:" + code.digest(), settings.exchangeWait(), () -> {
            Optional<ExchangedCode> earlier = exchangedCodes.find(code);
            if (earlier.isPresent()) {
                // a code that leaked (a log, a Referer) must not sign in a round trip it did not come from
                if (!earlier.get().state().equals(state.value())) {
                    throw new WechatCodeRejectedException(CODE_BEEN_USED);
                }
                return earlier.get().identity();
            }
            WechatIdentity identity = oauth.exchange(code);
            exchangedCodes.save(code, new ExchangedCode(state.value(), identity), settings.codeTtl());
            return identity;
        });
    }

    /** The active user bound to the openid, with the profile WeChat just gave; null when there is none. */
    private UserId activeUserOf(WechatIdentity identity) {
        Optional<User> bound = loadUserPort.findByOpenId(identity.openId()).filter(User::isActive);
        if (bound.isEmpty()) {
            return null;
        }
        User user = bound.get();
        user.wechatProfileChangedBy(identity.profile())
                .ifPresent(updated -> saveUserPort.updateWechatProfile(user.id(), updated, clock.now()));
        return user.id();
    }
}
