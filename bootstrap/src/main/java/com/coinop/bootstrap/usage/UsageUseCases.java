package com.coinop.bootstrap.usage;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.in.SignJsSdkPageUseCase;
import com.coinop.application.usage.port.out.JsSdkSignerPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.application.usage.service.ChargeUsageService;
import com.coinop.application.usage.service.SignJsSdkPageService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the usage use cases: signing the page for the QR-code scanner, ending and charging sessions. Use
 * cases carry no framework annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsageProperties.class)
class UsageUseCases {

    @Bean
    SignJsSdkPageUseCase signJsSdkPageUseCase(JsSdkSignerPort signer, UsageProperties properties) {
        return new SignJsSdkPageService(signer, properties.jsSdkDebug());
    }

    @Bean
    ChargeUsageUseCase chargeUsageUseCase(UsageSessionPort usageSessionPort, AccountBalancePort accountBalancePort,
                                          TransactionPort transactionPort) {
        return new ChargeUsageService(usageSessionPort, accountBalancePort, transactionPort);
    }
}
