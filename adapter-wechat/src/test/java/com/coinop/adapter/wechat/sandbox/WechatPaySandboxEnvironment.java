package com.coinop.adapter.wechat.sandbox;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives every application that runs the WeChat sandbox (the local run, the end-to-end tests) a merchant
 * of its own: fresh key pairs and APIv3 key at each start ({@link WechatPaySandboxKeys}), so nothing secret
 * is committed; the notification address on this machine's {@code server.port}; and WeChat Pay's retry
 * schedule a hundred times faster. Settings given explicitly win. Registered in this test-jar's
 * {@code META-INF/spring.factories}, so the production jar knows nothing of it.
 */
public class WechatPaySandboxEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "wechatPaySandbox";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("coinop.wechat.sandbox.enabled", Boolean.class, false)
                || environment.containsProperty("coinop.wechat.pay.mch-id")) {
            return;
        }
        Map<String, Object> settings = new LinkedHashMap<>(WechatPaySandboxKeys.generate().properties());
        settings.put("coinop.wechat.pay.notify-url", "http://127.0.0.1:${server.port:8080}/wechat/pay/notify");
        settings.put("coinop.wechat.sandbox.pay.retry-speedup", "100");
        // behind every source already there: an explicit setting (a test's, the command line's) wins
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, settings));
    }

    /** After the configuration files are read, so the sandbox switch of application-local.yml is seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
