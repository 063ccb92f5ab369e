package com.coinop.application.signin.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.in.RateLimitedException;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.signin.port.in.InvalidSmsCodeException;
import com.coinop.application.signin.port.in.LoginCommand;
import com.coinop.application.signin.port.in.LoginResult;
import com.coinop.application.signin.port.in.LoginUseCase;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.SmsCodeCheck;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserNotFoundException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Signs in with an SMS code. The account belongs to the mobile: the user of that mobile is signed in
 * (created on first login), and the session's WeChat openid is bound to it, taken from any other
 * user that had it, with the WeChat nickname and avatar the session learnt. The code is checked before anything changes; failures count against the mobile's
 * daily limit, successes do not. The session id changes on success.
 */
public class LoginService implements LoginUseCase {

    private final SmsCodeStorePort codeStore;
    private final RateLimiterPort rateLimiter;
    private final LoadUserPort loadUserPort;
    private final SaveUserPort saveUserPort;
    private final SessionStorePort sessionStore;
    private final TransactionPort transactionPort;
    private final ClockPort clock;
    private final SmsCodes codes;
    private final LoginSettings settings;

    public LoginService(SmsCodeStorePort codeStore, RateLimiterPort rateLimiter, LoadUserPort loadUserPort,
                        SaveUserPort saveUserPort, SessionStorePort sessionStore, TransactionPort transactionPort,
                        ClockPort clock, SmsCodes codes, LoginSettings settings) {
        this.codeStore = codeStore;
        this.rateLimiter = rateLimiter;
        this.loadUserPort = loadUserPort;
        this.saveUserPort = saveUserPort;
        this.sessionStore = sessionStore;
        this.transactionPort = transactionPort;
        this.clock = clock;
        this.codes = codes;
        this.settings = settings;
    }

    @Override
    public LoginResult login(LoginCommand command) {
        Session session = command.session();
        if (session == null || session.openId() == null) {
            throw new NotInWechatException();
        }
        checkCode(command.mobile(), command.code());
        User user = transactionPort.inTransaction(() -> bind(command.mobile(), session));
        Session signedIn = sessionStore.rotate(session.signedInAs(user.id()));
        return new LoginResult(user, signedIn);
    }

    private void checkCode(Mobile mobile, String code) {
        List<RateLimit> failures = List.of(new RateLimit("login-failure:mobile:" + mobile.value(),
                settings.failuresPerMobilePerDay(), Duration.ofDays(1)));
        RateDecision room = rateLimiter.peek(failures);
        if (!room.allowed()) {
            throw new RateLimitedException(room.retryAfter());
        }
        SmsCodeCheck check = codeStore.check(mobile, codes.hash(mobile, code), settings.maxCodeTries());
        if (check != SmsCodeCheck.MATCHED) {
            rateLimiter.acquire(failures);
            throw check == SmsCodeCheck.EXHAUSTED
                    ? InvalidSmsCodeException.triedTooOften()
                    : InvalidSmsCodeException.wrongOrExpired();
        }
    }

    private User bind(Mobile mobile, Session session) {
        LocalDateTime now = clock.now();
        OpenId openId = session.openId();
        User user = loadUserPort.findByMobile(mobile)
                .map(User::requireActive)
                .orElseGet(() -> saveUserPort.insert(User.register(null, session.wechatProfile(), mobile, now)));
        if (!openId.equals(user.openId())) {
            saveUserPort.bindOpenId(user.id(), openId, now);
        }
        user.wechatProfileChangedBy(session.wechatProfile())
                .ifPresent(updated -> saveUserPort.updateWechatProfile(user.id(), updated, now));
        return loadUserPort.findById(user.id()).orElseThrow(() -> new UserNotFoundException(user.id()));
    }
}
