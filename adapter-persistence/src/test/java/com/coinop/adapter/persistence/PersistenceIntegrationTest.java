package com.coinop.adapter.persistence;

import com.coinop.adapter.persistence.testing.PersistenceFixtures;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

/**
 * Base of the tests that run against the real database and Redis of {@link TestInfrastructure}. Every
 * subclass shares one Spring context, so Flyway migrates the test database once per JVM.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = {
        // the concurrency tests run 16 transactions at once
        "spring.datasource.hikari.maximum-pool-size=24",
        "logging.level.ch.vorburger=warn",
        "logging.level.org.redisson=warn"
})
public abstract class PersistenceIntegrationTest {

    static final String DATABASE = "coinop_persistence_test";

    @Autowired
    protected PersistenceFixtures fixtures;

    @DynamicPropertySource
    static void testServers(DynamicPropertyRegistry registry) {
        TestDatabase.PROPERTIES.forEach((name, value) -> registry.add(name, () -> value));
    }

    /** Created once per JVM: a context built again (after another one was evicted) reuses it. */
    private static final class TestDatabase {

        private static final Map<String, Object> PROPERTIES = TestInfrastructure.get().applicationProperties(DATABASE);
    }
}
