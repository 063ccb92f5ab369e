package com.coinop.bootstrap.history;

import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.application.history.port.in.ListExpensesUseCase;
import com.coinop.application.history.port.in.ListRechargesUseCase;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.application.history.service.ListExpensesService;
import com.coinop.application.history.service.ListRechargesService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the history use cases: the recharge and expense lists. Use cases carry no framework annotation. */
@Configuration(proxyBeanMethods = false)
class HistoryUseCases {

    @Bean
    ListRechargesUseCase listRechargesUseCase(LoadUserProfilePort loadUserProfilePort,
                                              RechargeHistoryPort rechargeHistoryPort) {
        return new ListRechargesService(loadUserProfilePort, rechargeHistoryPort);
    }

    @Bean
    ListExpensesUseCase listExpensesUseCase(ExpenseHistoryPort expenseHistoryPort) {
        return new ListExpensesService(expenseHistoryPort);
    }
}
