package com.coinop.adapter.persistence;

import com.coinop.adapter.persistence.account.AccountBalancePersistenceAdapter;
import com.coinop.adapter.persistence.account.LedgerPersistenceAdapter;
import com.coinop.adapter.persistence.account.UserPersistenceAdapter;
import com.coinop.adapter.persistence.device.DevicePersistenceAdapter;
import com.coinop.adapter.persistence.recharge.RechargeOrderPersistenceAdapter;
import com.coinop.adapter.persistence.shared.TransactionTemplateAdapter;
import com.coinop.adapter.persistence.signin.RedissonSessionStore;
import com.coinop.adapter.persistence.usage.UsageSessionPersistenceAdapter;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What bootstrap gets from importing {@link PersistenceAdapterConfiguration}. */
class PersistenceAdapterConfigurationTest extends PersistenceIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Environment environment;

    @Test
    void every_port_has_exactly_one_adapter() {
        Map<Class<?>, Class<?>> adapters = Map.ofEntries(
                Map.entry(LoadUserPort.class, UserPersistenceAdapter.class),
                Map.entry(SaveUserPort.class, UserPersistenceAdapter.class),
                Map.entry(AccountBalancePort.class, AccountBalancePersistenceAdapter.class),
                Map.entry(LedgerPort.class, LedgerPersistenceAdapter.class),
                Map.entry(RechargeOrderPort.class, RechargeOrderPersistenceAdapter.class),
                Map.entry(RechargeHistoryPort.class, RechargeOrderPersistenceAdapter.class),
                Map.entry(UsageSessionPort.class, UsageSessionPersistenceAdapter.class),
                Map.entry(ExpenseHistoryPort.class, UsageSessionPersistenceAdapter.class),
                Map.entry(LoadDevicePort.class, DevicePersistenceAdapter.class),
                Map.entry(SaveDevicePort.class, DevicePersistenceAdapter.class),
                Map.entry(TransactionPort.class, TransactionTemplateAdapter.class),
                Map.entry(SessionStorePort.class, RedissonSessionStore.class));

        adapters.forEach((port, adapter) -> {
            assertThat(context.getBeanNamesForType(port)).as(port.getSimpleName()).hasSize(1);
            assertThat(context.getBean(port)).as(port.getSimpleName()).isInstanceOf(adapter);
        });
    }

    @Test
    void the_mapper_xml_is_found_without_application_settings() {
        assertThat(environment.getProperty("mybatis.mapper-locations")).isNull();
        assertThat(context.getBean(LoadUserPort.class).findById(fixtures.user().id())).isPresent();
    }
}
