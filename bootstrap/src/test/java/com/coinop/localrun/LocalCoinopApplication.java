package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.bootstrap.CoinopApplication;
import org.springframework.boot.SpringApplication;

/**
 * The local run (bin/run-local): the production application on an embedded MariaDB and an embedded
 * Redis, with the sandbox sign-in and demo data. It lives in the test sources so that nothing of it
 * reaches the production jar.
 */
public final class LocalCoinopApplication {

    private LocalCoinopApplication() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CoinopApplication.class, LocalSandboxConfiguration.class);
        application.setDefaultProperties(TestInfrastructure.get().applicationProperties("coinop_local"));
        application.run(args);
    }
}
