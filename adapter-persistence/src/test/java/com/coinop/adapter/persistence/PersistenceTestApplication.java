package com.coinop.adapter.persistence;

import com.coinop.adapter.persistence.testing.PersistenceFixtures;
import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The smallest application around the persistence adapter: Boot's auto-configuration (DataSource,
 * Flyway, MyBatis, transaction manager) plus {@link PersistenceAdapterConfiguration}, as bootstrap
 * wires it, and the Clock the application would provide.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PersistenceAdapterConfiguration.class)
public class PersistenceTestApplication {

    @Bean
    TestClock clock() {
        return TestClock.atDefaultStart();
    }

    @Bean
    PersistenceFixtures persistenceFixtures(SaveUserPort saveUserPort, SaveDevicePort saveDevicePort,
                                            AccountBalancePort accountBalancePort,
                                            TransactionPort transactionPort, RechargeOrderPort rechargeOrderPort,
                                            UsageSessionPort usageSessionPort) {
        return new PersistenceFixtures(saveUserPort, saveDevicePort, accountBalancePort,
                transactionPort, rechargeOrderPort, usageSessionPort);
    }
}
