package com.coinop.bootstrap.usage;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.application.usage.service.ChargeUsageService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the usage use cases: ending and charging sessions. Use cases carry no framework annotation. */
@Configuration(proxyBeanMethods = false)
class UsageUseCases {

    @Bean
    ChargeUsageUseCase chargeUsageUseCase(UsageSessionPort usageSessionPort, AccountBalancePort accountBalancePort,
                                          TransactionPort transactionPort) {
        return new ChargeUsageService(usageSessionPort, accountBalancePort, transactionPort);
    }
}
