package com.coinop.localrun;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/** What the local run adds to the production application: the sandbox sign-in and SMS outbox, and the demo data. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@Import({SandboxSessionController.class, SandboxSmsController.class, LocalDemoData.class})
class LocalSandboxConfiguration {
}
