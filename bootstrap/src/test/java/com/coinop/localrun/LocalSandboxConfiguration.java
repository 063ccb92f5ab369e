package com.coinop.localrun;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/** What the local run adds to the production application: the SMS outbox and the demo data (the WeChat sandbox is switched on in application-local.yml). */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@Import({SandboxSmsController.class, LocalDemoData.class})
class LocalSandboxConfiguration {
}
