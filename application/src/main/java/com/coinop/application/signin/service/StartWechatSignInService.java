package com.coinop.application.signin.service;

import com.coinop.application.signin.port.in.StartWechatSignInCommand;
import com.coinop.application.signin.port.in.StartWechatSignInUseCase;
import com.coinop.application.signin.port.in.WechatSignInStart;
import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.WechatOAuthPort;

/**
 * Starts a WeChat OAuth round trip: the browser gets a session if it has none, and a random state
 * bound to that session goes to WeChat and must come back with the code.
 */
public class StartWechatSignInService implements StartWechatSignInUseCase {

    private final SessionStorePort sessionStore;
    private final OAuthStateStorePort stateStore;
    private final WechatOAuthPort oauth;
    private final WechatSignInSettings settings;

    public StartWechatSignInService(SessionStorePort sessionStore, OAuthStateStorePort stateStore, WechatOAuthPort oauth,
                                    WechatSignInSettings settings) {
        this.sessionStore = sessionStore;
        this.stateStore = stateStore;
        this.oauth = oauth;
        this.settings = settings;
    }

    @Override
    public WechatSignInStart start(StartWechatSignInCommand command) {
        Session session = command.session() != null ? command.session() : sessionStore.create(null, null);
        OAuthState state = OAuthState.start(session.id(), command.redirect());
        stateStore.save(state, settings.stateTtl());
        return new WechatSignInStart(oauth.authorizationUrl(command.callbackUrl(), state.value()), session);
    }
}
