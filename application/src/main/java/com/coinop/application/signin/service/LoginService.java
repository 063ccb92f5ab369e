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
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserNotFoundException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Signs in with an SMS code. The account belongs to the mobile: the user of that mobile is signed in
 * (created on first login), and the session's WeChat openid is bound to it, taken from any other active
 * user that had it, with the WeChat nickname and avatar the session learnt. A WeChat account whose user
 * is disabled cannot sign in with any mobile. The code checked is the one this WeChat user asked for, so
 * nobody else's login can use or burn it; failures count against the WeChat user's and the address's
 * daily limits, never the mobile's, so no stranger can lock a mobile's owner out. The code is checked
 * before anything changes, and the session id changes on success.
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
        refuseIfDisabled(session.openId());
        checkCode(command, session.openId());
        User user = transactionPort.inTransaction(() -> bind(command.mobile(), session));
        Session signedIn = sessionStore.rotate(session.signedInAs(user.id()));
        return new LoginResult(user, signedIn);
    }

    /** Before the code is even looked at: a disabled user's WeChat account stays out, whatever the mobile. */
    private void refuseIfDisabled(OpenId openId) {
        Optional<User> holder = loadUserPort.findByOpenId(openId);
        if (holder.isPresent() && !holder.get().isActive()) {
            throw new UserDisabledException(holder.get().id());
        }
    }

    private void checkCode(LoginCommand command, OpenId requester) {
        Duration day = Duration.ofDays(1);
        List<RateLimit> failures = List.of(
                new RateLimit(SignInSubjects.openId("login-failure", requester), settings.failuresPerOpenIdPerDay(), day),
                new RateLimit(SignInSubjects.address("login-failure", command.address()), settings.failuresPerIpPerDay(), day));
        RateDecision room = rateLimiter.peek(failures);
        if (!room.allowed()) {
            throw new RateLimitedException(room.retryAfter());
        }
        SmsCodeCheck check = codeStore.check(command.mobile(), requester, codes.hash(command.mobile(), command.code()),
                settings.maxCodeTries());
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
