package com.coinop.adapter.wechat.recharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.coinop.adapter.wechat.WechatAdapterConfiguration;
import com.coinop.adapter.wechat.sandbox.WechatPaySandboxKeys;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;

/** How WechatPayConfiguration is set up, refuses bad settings at start-up, and runs on the local sandbox. */
class WechatPayConfigurationTest {

    private static final WechatPaySandboxKeys KEYS = WechatPaySandboxKeys.generate();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WechatPayConfiguration.class);

    private static String[] settings(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(KEYS.coinopProperties());
        all.put("coinop.wechat.pay.notify-url", "https://coinop.example/wechat/pay/notify");
        all.put("coinop.wechat.app-id", "wxapp");
        all.put("coinop.wechat.secret", "s3cret");
        all.putAll(overrides);
        List<String> pairs = new ArrayList<>();
        all.forEach((name, value) -> {
            if (value != null) {
                pairs.add(name + "=" + value);
            }
        });
        return pairs.toArray(String[]::new);
    }

    @Test
    void complete_settings_give_the_adapter_with_wechat_pays_defaults() {
        context.withPropertyValues(settings(Map.of())).run(ctx -> {
            assertThat(ctx).hasSingleBean(WechatPayPort.class);
            WechatPayProperties properties = ctx.getBean(WechatPayProperties.class);
            assertThat(properties.baseUrl()).hasToString("https://api.mch.weixin.qq.com");
            assertThat(properties.connectTimeout()).hasSeconds(2);
            assertThat(properties.readTimeout()).hasSeconds(5);
            assertThat(properties.notificationSkew()).hasMinutes(5);
        });
    }

    @Test
    void the_wechat_adapter_brings_wechat_pay_along_and_cannot_start_without_a_merchant() {
        ApplicationContextRunner adapter = new ApplicationContextRunner().withUserConfiguration(WechatAdapterConfiguration.class);

        adapter.withPropertyValues(settings(Map.of())).run(ctx -> assertThat(ctx).hasSingleBean(WechatPayPort.class));
        adapter.withPropertyValues("coinop.wechat.app-id=wxapp", "coinop.wechat.secret=s3cret").run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("coinop.wechat.pay."));
    }

    @Test
    void each_missing_setting_stops_start_up_naming_it() {
        for (String name : List.of("mch-id", "merchant-private-key", "merchant-serial-number", "api-v3-key", "public-key",
                "public-key-id", "notify-url")) {
            Map<String, String> without = new HashMap<>();
            without.put("coinop.wechat.pay." + name, null);
            String[] pairs = Arrays.stream(settings(without)).filter(pair -> !pair.startsWith("coinop.wechat.pay." + name + "="))
                    .toArray(String[]::new);
            context.withPropertyValues(pairs).run(ctx -> assertThat(ctx.getStartupFailure()).rootCause()
                    .hasMessage("coinop.wechat.pay." + name + " is missing (WeChat Pay cannot be used without it)"));
        }
    }

    @Test
    void malformed_keys_stop_start_up_naming_the_setting_and_never_the_key() {
        String brokenKey = "-----BEGIN PRIVATE KEY-----\nMIIBroken" + KEYS.apiV3Key() + "\n-----END PRIVATE KEY-----";
        context.withPropertyValues(settings(Map.of("coinop.wechat.pay.merchant-private-key", brokenKey))).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause()
                        .hasMessage("coinop.wechat.pay.merchant-private-key is not a readable PKCS#8 RSA private key"));
        context.withPropertyValues(settings(Map.of("coinop.wechat.pay.public-key", "not a key"))).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageStartingWith("coinop.wechat.pay.public-key must be the PEM text"));
        context.withPropertyValues(settings(Map.of("coinop.wechat.pay.api-v3-key", KEYS.apiV3Key().substring(1)))).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageStartingWith("coinop.wechat.pay.api-v3-key must be exactly 32 bytes")
                        .hasMessageNotContaining(KEYS.apiV3Key().substring(1)));
        context.withPropertyValues(settings(Map.of("coinop.wechat.pay.public-key-id", KEYS.merchantSerialNumber()))).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageStartingWith("coinop.wechat.pay.public-key-id must be"));
        context.withPropertyValues(settings(Map.of("coinop.wechat.pay.notify-url", "https://coinop.example/notify?x=1"))).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageStartingWith("coinop.wechat.pay.notify-url must be"));
    }

    @Test
    void without_an_app_id_wechat_pay_does_not_start() {
        context.withPropertyValues(settings(Map.of("coinop.wechat.app-id", "", "coinop.wechat.secret", ""))).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageStartingWith("coinop.wechat.app-id is missing"));
    }

    @Test
    void the_settings_text_shows_no_secret() {
        context.withPropertyValues(settings(Map.of())).run(ctx -> {
            String text = ctx.getBean(WechatPayProperties.class).toString();
            assertThat(text).contains(KEYS.mchId(), KEYS.publicKeyId())
                    .doesNotContain(KEYS.apiV3Key())
                    .doesNotContain(KEYS.coinopProperties().get("coinop.wechat.pay.merchant-private-key").substring(40, 80));
        });
    }

    @Test
    void the_local_sandbox_with_the_generated_keys_stands_in_for_wechat_pay() {
        List<String> local = new ArrayList<>();
        KEYS.properties().forEach((name, value) -> local.add(name + "=" + value));
        local.add("coinop.wechat.sandbox.enabled=true");
        local.add("coinop.wechat.pay.notify-url=http://localhost:8080/wechat/pay/notify");
        new ApplicationContextRunner()
                .withUserConfiguration(WechatAdapterConfiguration.class, WechatPayConfiguration.class)
                .withBean(Clock.class, Clock::systemUTC)
                .withPropertyValues(local.toArray(String[]::new))
                .run(ctx -> {
                    WechatSandboxServer sandbox = ctx.getBean(WechatSandboxServer.class);
                    WechatPayPort wechatPay = ctx.getBean(WechatPayPort.class);
                    OutTradeNo no = new OutTradeNo("LOCAL-RUN-1");
                    var order = RechargeOrder.create(new UserId(1), no,
                            Money.ofYuan(1), LocalDateTime.now(ZoneId.of("Asia/Shanghai")), Duration.ofMinutes(15));

                    assertThat(wechatPay.prepay(order, new OpenId("o-local"), "充值").appId()).isEqualTo(sandbox.appId());
                    assertThat(sandbox.pay().order(no.value()).total()).isEqualTo(100);
                    assertThat(wechatPay.query(no)).contains(PaymentState.unpaid(no, TradeState.NOTPAY));
                });
    }
}
