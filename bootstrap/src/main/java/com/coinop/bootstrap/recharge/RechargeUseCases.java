package com.coinop.bootstrap.recharge;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.recharge.port.in.CreateRechargeUseCase;
import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.in.ReceivePaymentNotificationUseCase;
import com.coinop.application.recharge.port.in.ReconcileRechargesUseCase;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.application.recharge.service.CreateRechargeService;
import com.coinop.application.recharge.service.CreditPaidRechargeService;
import com.coinop.application.recharge.service.OutTradeNos;
import com.coinop.application.recharge.service.ReceivePaymentNotificationService;
import com.coinop.application.recharge.service.ReconcileRechargesService;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the recharge use cases: creating orders, crediting payments (from WeChat Pay's notification or
 * the reconciliation job), reconciling. Use cases carry no framework annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RechargeProperties.class)
class RechargeUseCases {

    @Bean
    CreditPaidRechargeUseCase creditPaidRechargeUseCase(RechargeOrderPort rechargeOrderPort,
                                                        AccountBalancePort accountBalancePort,
                                                        TransactionPort transactionPort) {
        return new CreditPaidRechargeService(rechargeOrderPort, accountBalancePort, transactionPort);
    }

    @Bean
    CreateRechargeUseCase createRechargeUseCase(LoadUserPort loadUserPort, RechargeOrderPort rechargeOrderPort,
                                                WechatPayPort wechatPay, TransactionPort transactionPort,
                                                ClockPort clock, RechargeProperties properties) {
        return new CreateRechargeService(loadUserPort, rechargeOrderPort, wechatPay, transactionPort, clock,
                new OutTradeNos(), properties.settings());
    }

    @Bean
    ReceivePaymentNotificationUseCase receivePaymentNotificationUseCase(WechatPayPort wechatPay,
                                                                        CreditPaidRechargeUseCase credit) {
        return new ReceivePaymentNotificationService(wechatPay, credit);
    }

    @Bean
    ReconcileRechargesUseCase reconcileRechargesUseCase(RechargeOrderPort rechargeOrderPort, WechatPayPort wechatPay,
                                                        CreditPaidRechargeUseCase credit,
                                                        TransactionPort transactionPort, ClockPort clock,
                                                        RechargeProperties properties) {
        return new ReconcileRechargesService(rechargeOrderPort, wechatPay, credit, transactionPort, clock,
                properties.settings());
    }
}
