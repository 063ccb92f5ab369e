package com.coinop.bootstrap.signin;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.LockPort;
import com.coinop.application.shared.port.out.RateLimiterPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.signin.port.in.CheckRegistrationUseCase;
import com.coinop.application.signin.port.in.CompleteWechatSignInUseCase;
import com.coinop.application.signin.port.in.LoginUseCase;
import com.coinop.application.signin.port.in.LogoutUseCase;
import com.coinop.application.signin.port.in.RequestSmsCodeUseCase;
import com.coinop.application.signin.port.in.ResolveSessionUseCase;
import com.coinop.application.signin.port.in.StartCaptchaUseCase;
import com.coinop.application.signin.port.in.StartWechatSignInUseCase;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import com.coinop.application.signin.port.out.CaptchaPort;
import com.coinop.application.signin.port.out.ExchangedCodeStorePort;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.application.signin.port.out.WechatOAuthPort;
import com.coinop.application.signin.service.CheckRegistrationService;
import com.coinop.application.signin.service.CompleteWechatSignInService;
import com.coinop.application.signin.service.LoginService;
import com.coinop.application.signin.service.LogoutService;
import com.coinop.application.signin.service.RequestSmsCodeService;
import com.coinop.application.signin.service.ResolveSessionService;
import com.coinop.application.signin.service.SmsCodes;
import com.coinop.application.signin.service.StartCaptchaService;
import com.coinop.application.signin.service.StartWechatSignInService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the sign-in use cases: WeChat OAuth, captcha, SMS codes, login, sessions. Use cases carry no framework annotation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SignInUseCases {

    @Bean
    SmsCodes smsCodes(SignInProperties signIn) {
        return new SmsCodes(signIn.smsCodeSettings().codeSecret());
    }

    @Bean
    StartCaptchaUseCase startCaptchaUseCase(CaptchaPort captchaPort, CaptchaChallengeStorePort challengeStore,
                                            RateLimiterPort rateLimiter, SignInProperties signIn) {
        return new StartCaptchaService(captchaPort, challengeStore, rateLimiter, signIn.smsCodeSettings());
    }

    @Bean
    RequestSmsCodeUseCase requestSmsCodeUseCase(CaptchaPort captchaPort, CaptchaChallengeStorePort challengeStore,
                                                RateLimiterPort rateLimiter, SmsCodeStorePort codeStore,
                                                SmsSenderPort smsSender, SmsCodes smsCodes, SignInProperties signIn) {
        return new RequestSmsCodeService(captchaPort, challengeStore, rateLimiter, codeStore, smsSender, smsCodes,
                signIn.smsCodeSettings());
    }

    @Bean
    LoginUseCase loginUseCase(SmsCodeStorePort codeStore, RateLimiterPort rateLimiter, LoadUserPort loadUserPort,
                              SaveUserPort saveUserPort, SessionStorePort sessionStore, TransactionPort transactionPort,
                              ClockPort clock, SmsCodes smsCodes, SignInProperties signIn) {
        return new LoginService(codeStore, rateLimiter, loadUserPort, saveUserPort, sessionStore, transactionPort, clock,
                smsCodes, signIn.loginSettings());
    }

    @Bean
    StartWechatSignInUseCase startWechatSignInUseCase(SessionStorePort sessionStore, OAuthStateStorePort stateStore,
                                                      WechatOAuthPort oauth, RateLimiterPort rateLimiter,
                                                      SignInProperties signIn) {
        return new StartWechatSignInService(sessionStore, stateStore, oauth, rateLimiter,
                signIn.wechatSignInSettings());
    }

    @Bean
    CompleteWechatSignInUseCase completeWechatSignInUseCase(OAuthStateStorePort stateStore,
                                                            ExchangedCodeStorePort exchangedCodes, LockPort locks,
                                                            WechatOAuthPort oauth, LoadUserPort loadUserPort,
                                                            SaveUserPort saveUserPort, SessionStorePort sessionStore,
                                                            TransactionPort transactionPort, ClockPort clock,
                                                            SignInProperties signIn) {
        return new CompleteWechatSignInService(stateStore, exchangedCodes, locks, oauth, loadUserPort, saveUserPort,
                sessionStore, transactionPort, clock, signIn.wechatSignInSettings());
    }

    @Bean
    LogoutUseCase logoutUseCase(SessionStorePort sessionStore) {
        return new LogoutService(sessionStore);
    }

    @Bean
    CheckRegistrationUseCase checkRegistrationUseCase(LoadUserPort loadUserPort) {
        return new CheckRegistrationService(loadUserPort);
    }

    @Bean
    ResolveSessionUseCase resolveSessionUseCase(SessionStorePort sessionStorePort) {
        return new ResolveSessionService(sessionStorePort);
    }
}
