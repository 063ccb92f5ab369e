package com.coinop.localrun;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * What the local run adds to the production application: {@code GET /sandbox/sms} and the demo data. The
 * WeChat sandbox and the SMS outbox come from the test-jars of adapter-wechat and adapter-captcha, found by
 * those adapters' scans on this test classpath and switched on by application-local.yml.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@Import({SandboxSmsController.class, LocalDemoData.class})
class LocalSandboxConfiguration {
}
