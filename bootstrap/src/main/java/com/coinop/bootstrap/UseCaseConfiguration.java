package com.coinop.bootstrap;

import com.coinop.application.port.in.ChargeUsageUseCase;
import com.coinop.application.port.in.CheckRegistrationUseCase;
import com.coinop.application.port.in.CompleteWechatSignInUseCase;
import com.coinop.application.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.port.in.GetUserProfileUseCase;
import com.coinop.application.port.in.ListExpensesUseCase;
import com.coinop.application.port.in.ListRechargesUseCase;
import com.coinop.application.port.in.LoginUseCase;
import com.coinop.application.port.in.LogoutUseCase;
import com.coinop.application.port.in.RequestSmsCodeUseCase;
import com.coinop.application.port.in.ResolveSessionUseCase;
import com.coinop.application.port.in.StartCaptchaUseCase;
import com.coinop.application.port.in.StartWechatSignInUseCase;
import com.coinop.application.port.out.AccountBalancePort;
import com.coinop.application.port.out.CaptchaChallengeStorePort;
import com.coinop.application.port.out.CaptchaPort;
import com.coinop.application.port.out.ClockPort;
import com.coinop.application.port.out.ExchangedCodeStorePort;
import com.coinop.application.port.out.ExpenseHistoryPort;
import com.coinop.application.port.out.LedgerPort;
import com.coinop.application.port.out.LoadUserPort;
import com.coinop.application.port.out.LoadUserProfilePort;
import com.coinop.application.port.out.LockPort;
import com.coinop.application.port.out.OAuthStateStorePort;
import com.coinop.application.port.out.RateLimiterPort;
import com.coinop.application.port.out.RechargeHistoryPort;
import com.coinop.application.port.out.RechargeOrderPort;
import com.coinop.application.port.out.SaveUserPort;
import com.coinop.application.port.out.SessionStorePort;
import com.coinop.application.port.out.SmsCodeStorePort;
import com.coinop.application.port.out.SmsSenderPort;
import com.coinop.application.port.out.TransactionPort;
import com.coinop.application.port.out.UsageSessionPort;
import com.coinop.application.port.out.WechatOAuthPort;
import com.coinop.application.service.ChargeUsageService;
import com.coinop.application.service.CheckRegistrationService;
import com.coinop.application.service.CompleteWechatSignInService;
import com.coinop.application.service.CreditPaidRechargeService;
import com.coinop.application.service.GetUserProfileService;
import com.coinop.application.service.ListExpensesService;
import com.coinop.application.service.ListRechargesService;
import com.coinop.application.service.LoginService;
import com.coinop.application.service.LogoutService;
import com.coinop.application.service.RequestSmsCodeService;
import com.coinop.application.service.ResolveSessionService;
import com.coinop.application.service.SmsCodes;
import com.coinop.application.service.StartCaptchaService;
import com.coinop.application.service.StartWechatSignInService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the use cases, which carry no framework annotation, from the adapters' ports. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class UseCaseConfiguration {

    @Bean
    SmsCodes smsCodes(SignInProperties signIn) {
        return new SmsCodes(signIn.smsCodeSettings().codeSecret());
    }

    @Bean
    StartCaptchaUseCase startCaptchaUseCase(CaptchaPort captchaPort, CaptchaChallengeStorePort challengeStore,
                                            SignInProperties signIn) {
        return new StartCaptchaService(captchaPort, challengeStore, signIn.smsCodeSettings());
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
                                                      WechatOAuthPort oauth, SignInProperties signIn) {
        return new StartWechatSignInService(sessionStore, stateStore, oauth, signIn.wechatSignInSettings());
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
    GetUserProfileUseCase getUserProfileUseCase(LoadUserProfilePort profiles) {
        return new GetUserProfileService(profiles);
    }

    @Bean
    CheckRegistrationUseCase checkRegistrationUseCase(LoadUserPort loadUserPort) {
        return new CheckRegistrationService(loadUserPort);
    }

    @Bean
    ResolveSessionUseCase resolveSessionUseCase(SessionStorePort sessionStorePort) {
        return new ResolveSessionService(sessionStorePort);
    }

    @Bean
    ListRechargesUseCase listRechargesUseCase(LoadUserPort loadUserPort, RechargeHistoryPort rechargeHistoryPort) {
        return new ListRechargesService(loadUserPort, rechargeHistoryPort);
    }

    @Bean
    ListExpensesUseCase listExpensesUseCase(ExpenseHistoryPort expenseHistoryPort) {
        return new ListExpensesService(expenseHistoryPort);
    }

    @Bean
    CreditPaidRechargeUseCase creditPaidRechargeUseCase(RechargeOrderPort rechargeOrderPort,
                                                        AccountBalancePort accountBalancePort,
                                                        LedgerPort ledgerPort, TransactionPort transactionPort) {
        return new CreditPaidRechargeService(rechargeOrderPort, accountBalancePort, ledgerPort, transactionPort);
    }

    @Bean
    ChargeUsageUseCase chargeUsageUseCase(UsageSessionPort usageSessionPort, AccountBalancePort accountBalancePort,
                                          LedgerPort ledgerPort, TransactionPort transactionPort) {
        return new ChargeUsageService(usageSessionPort, accountBalancePort, ledgerPort, transactionPort);
    }
}
