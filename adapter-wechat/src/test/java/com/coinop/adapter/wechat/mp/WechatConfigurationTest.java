package com.coinop.adapter.wechat.mp;

import com.coinop.adapter.wechat.WechatAdapterConfiguration;
import com.coinop.adapter.wechat.sandbox.WechatPaySandboxKeys;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.signin.port.out.WechatOAuthPort;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;
import me.chanjar.weixin.mp.config.impl.WxMpRedissonConfigImpl;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class WechatConfigurationTest {

    /** The whole adapter needs a merchant for WeChat Pay; this class is about the official account's client. */
    private static final String[] MERCHANT = merchant();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WechatAdapterConfiguration.class)
            .withPropertyValues(MERCHANT);

    private static String[] merchant() {
        Map<String, String> settings = new LinkedHashMap<>(WechatPaySandboxKeys.generate().properties());
        settings.put("coinop.wechat.pay.notify-url", "https://coinop.example/wechat/pay/notify");
        return settings.entrySet().stream().map(setting -> setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }

    @Test
    void without_sandbox_or_redis_the_client_talks_to_wechat_with_tokens_in_memory() {
        context.withPropertyValues("coinop.wechat.app-id=wxapp", "coinop.wechat.secret=s3cret").run(ctx -> {
            assertThat(ctx).hasSingleBean(WechatOAuthPort.class).doesNotHaveBean(WechatSandboxServer.class);
            WxMpConfigStorage config = ctx.getBean(WxMpService.class).getWxMpConfigStorage();
            assertThat(config).isNotInstanceOf(WxMpRedissonConfigImpl.class);
            assertThat(config.getAppId()).isEqualTo("wxapp");
            assertThat(config.getHostConfig().getApiHost()).isEqualTo("https://api.weixin.qq.com");
            assertThat(config.getHostConfig().getOpenHost()).isEqualTo("https://open.weixin.qq.com");
            assertThat(ctx.getBean(WechatProperties.class).oauthScope()).isEqualTo("snsapi_userinfo");
        });
    }

    @Test
    void with_a_redisson_client_tokens_and_tickets_live_in_redis() {
        context.withBean(RedissonClient.class, () -> mock(RedissonClient.class))
                .withPropertyValues("coinop.wechat.app-id=wxapp", "coinop.wechat.secret=s3cret")
                .run(ctx -> assertThat(ctx.getBean(WxMpService.class).getWxMpConfigStorage())
                        .isInstanceOf(WxMpRedissonConfigImpl.class));
    }

    @Test
    void the_enabled_sandbox_starts_and_the_client_points_at_it() {
        context.withPropertyValues("coinop.wechat.sandbox.enabled=true", "coinop.wechat.oauth-scope=snsapi_base").run(ctx -> {
            WechatSandboxServer sandbox = ctx.getBean(WechatSandboxServer.class);
            WxMpConfigStorage config = ctx.getBean(WxMpService.class).getWxMpConfigStorage();
            assertThat(config.getHostConfig().getApiHost()).isEqualTo(sandbox.baseUrl().toString());
            assertThat(config.getHostConfig().getOpenHost()).isEqualTo(sandbox.baseUrl().toString());
            assertThat(config.getAppId()).isEqualTo(sandbox.appId());
            assertThat(ctx.getBean(WechatOAuthPort.class).authorizationUrl("https://h5.example/cb", "s"))
                    .startsWith(sandbox.baseUrl() + "/connect/oauth2/authorize?").contains("scope=snsapi_base");
        });
    }

    @Test
    void the_sandbox_refuses_to_start_under_the_prod_profile() {
        context.withPropertyValues("coinop.wechat.sandbox.enabled=true", "spring.profiles.active=prod").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("prod").hasMessageContaining("sandbox");
        });
    }

    @Test
    void a_half_credential_pair_or_an_unknown_scope_stops_start_up_naming_the_property() {
        context.withPropertyValues("coinop.wechat.app-id=wxapp").run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.wechat.secret"));
        context.withPropertyValues("coinop.wechat.oauth-scope=snsapi_login").run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.wechat.oauth-scope"));
    }

    @Test
    void the_secret_never_shows_in_the_properties_text() {
        assertThat(new WechatProperties("wxapp", "s3cret", null, null).toString()).contains("wxapp").doesNotContain("s3cret");
    }
}
