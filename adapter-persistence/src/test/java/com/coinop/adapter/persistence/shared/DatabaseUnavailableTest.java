package com.coinop.adapter.persistence.shared;

import com.coinop.adapter.persistence.PersistenceTestApplication;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.adapter.persistence.testing.Unreachable;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.user.UserId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adapters against a database that is down (nothing listens on its port): every port reports
 * {@link DependencyUnavailableException} for "database" instead of a Spring or driver exception.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        "spring.flyway.enabled=false",
        // start without the database, and give up on a connection quickly
        "spring.datasource.hikari.initialization-fail-timeout=-1",
        "spring.datasource.hikari.connection-timeout=250",
        "logging.level.com.zaxxer.hikari=off",
        "logging.level.org.redisson=warn"
})
@DirtiesContext
class DatabaseUnavailableTest {

    private static final int DEAD_PORT = Unreachable.port();

    @Autowired
    private LoadUserPort loadUserPort;

    @Autowired
    private LedgerPort ledgerPort;

    @Autowired
    private RechargeHistoryPort rechargeHistoryPort;

    @Autowired
    private TransactionPort transactionPort;

    @DynamicPropertySource
    static void deadDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:mysql://127.0.0.1:" + DEAD_PORT + "/coinop?sslMode=DISABLED&connectTimeout=250");
        registry.add("spring.datasource.username", () -> "root");
        registry.add("coinop.redis.address", () -> TestInfrastructure.get().redisAddress());
    }

    @Test
    void a_read_reports_the_database_unavailable() {
        assertUnavailable(() -> loadUserPort.findById(new UserId(1)));
        assertUnavailable(() -> ledgerPort.sumFen(new UserId(1)));
        assertUnavailable(() -> rechargeHistoryPort.countPaid(new UserId(1), new HistoryWindow(null, null, 0, 10)));
    }

    @Test
    void a_transaction_reports_the_database_unavailable_before_any_work() {
        assertUnavailable(() -> transactionPort.inTransaction(() -> {
            throw new AssertionError("the work must not run without a connection");
        }));
    }

    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DependencyUnavailableException.class)
                .extracting(e -> ((DependencyUnavailableException) e).dependency()).isEqualTo("database");
    }
}
