package com.coinop.bootstrap.recharge;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.recharge.service.CreditPaidRechargeService;
import com.coinop.application.shared.port.out.TransactionPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the recharge use cases: crediting paid orders. Use cases carry no framework annotation. */
@Configuration(proxyBeanMethods = false)
class RechargeUseCases {

    @Bean
    CreditPaidRechargeUseCase creditPaidRechargeUseCase(RechargeOrderPort rechargeOrderPort,
                                                        AccountBalancePort accountBalancePort,
                                                        TransactionPort transactionPort) {
        return new CreditPaidRechargeService(rechargeOrderPort, accountBalancePort, transactionPort);
    }
}
