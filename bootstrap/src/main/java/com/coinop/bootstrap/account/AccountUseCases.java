package com.coinop.bootstrap.account;

import com.coinop.application.account.port.in.DisableUserUseCase;
import com.coinop.application.account.port.in.EnableUserUseCase;
import com.coinop.application.account.port.in.GetLedgerUseCase;
import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.application.account.port.in.ListUsersUseCase;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.ListUsersPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.account.service.DisableUserService;
import com.coinop.application.account.service.EnableUserService;
import com.coinop.application.account.service.GetLedgerService;
import com.coinop.application.account.service.GetUserProfileService;
import com.coinop.application.account.service.ListUsersService;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the account use cases: the user's profile and balance, and the operators' users (the list,
 * disabling and enabling, the ledger). Use cases carry no framework annotation.
 */
@Configuration(proxyBeanMethods = false)
class AccountUseCases {

    @Bean
    GetUserProfileUseCase getUserProfileUseCase(LoadUserProfilePort profiles) {
        return new GetUserProfileService(profiles);
    }

    @Bean
    ListUsersUseCase listUsersUseCase(ListUsersPort listUsersPort, LoadUserPort loadUserPort) {
        return new ListUsersService(listUsersPort, loadUserPort);
    }

    @Bean
    DisableUserUseCase disableUserUseCase(LoadUserPort loadUserPort, SaveUserPort saveUserPort,
                                          UsageSessionPort usageSessionPort, ChargeUsageUseCase chargeUsage,
                                          TransactionPort transactionPort, ClockPort clock) {
        return new DisableUserService(loadUserPort, saveUserPort, usageSessionPort, chargeUsage, transactionPort, clock);
    }

    @Bean
    EnableUserUseCase enableUserUseCase(LoadUserPort loadUserPort, SaveUserPort saveUserPort,
                                        TransactionPort transactionPort, ClockPort clock) {
        return new EnableUserService(loadUserPort, saveUserPort, transactionPort, clock);
    }

    @Bean
    GetLedgerUseCase getLedgerUseCase(LoadUserPort loadUserPort, LedgerPort ledgerPort) {
        return new GetLedgerService(loadUserPort, ledgerPort);
    }
}
