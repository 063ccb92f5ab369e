package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.bootstrap.CoinopApplication;
import org.springframework.boot.SpringApplication;

import java.util.Map;

/**
 * The local run (bin/run-local): the production application on an embedded MariaDB and an embedded
 * Redis, with the sandbox sign-in and demo data. It lives in the test sources so that nothing of it
 * reaches the production jar.
 */
public final class LocalCoinopApplication {

    private LocalCoinopApplication() {
    }

    public static void main(String[] args) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        SpringApplication application = new SpringApplication(CoinopApplication.class, LocalSandboxConfiguration.class);
        application.setDefaultProperties(Map.of(
                "spring.datasource.url", infrastructure.createDatabase("coinop_local"),
                "spring.datasource.username", infrastructure.username(),
                "spring.datasource.password", infrastructure.password(),
                "coinop.redis.address", infrastructure.redisAddress()));
        application.run(args);
    }
}
