package com.coinop.bootstrap;

import com.coinop.application.port.in.ChargeUsageUseCase;
import com.coinop.application.port.in.CheckRegistrationUseCase;
import com.coinop.application.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.port.in.GetUserProfileUseCase;
import com.coinop.application.port.in.ListExpensesUseCase;
import com.coinop.application.port.in.ListRechargesUseCase;
import com.coinop.application.port.in.ResolveSessionUseCase;
import com.coinop.application.port.out.AccountBalancePort;
import com.coinop.application.port.out.ExpenseHistoryPort;
import com.coinop.application.port.out.LedgerPort;
import com.coinop.application.port.out.LoadUserPort;
import com.coinop.application.port.out.RechargeHistoryPort;
import com.coinop.application.port.out.RechargeOrderPort;
import com.coinop.application.port.out.SessionStorePort;
import com.coinop.application.port.out.TransactionPort;
import com.coinop.application.port.out.UsageSessionPort;
import com.coinop.application.service.ChargeUsageService;
import com.coinop.application.service.CheckRegistrationService;
import com.coinop.application.service.CreditPaidRechargeService;
import com.coinop.application.service.GetUserProfileService;
import com.coinop.application.service.ListExpensesService;
import com.coinop.application.service.ListRechargesService;
import com.coinop.application.service.ResolveSessionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the use cases, which carry no framework annotation, from the adapters' ports. */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    GetUserProfileUseCase getUserProfileUseCase(LoadUserPort loadUserPort) {
        return new GetUserProfileService(loadUserPort);
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
