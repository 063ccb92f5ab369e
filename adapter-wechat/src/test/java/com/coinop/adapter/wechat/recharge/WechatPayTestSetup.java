package com.coinop.adapter.wechat.recharge;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.coinop.adapter.wechat.sandbox.WechatPaySandboxKeys;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.UserId;

/** The WeChat Pay adapter as the application builds it (WechatPayConfiguration), pointed at a sandbox, for the tests. */
final class WechatPayTestSetup implements AutoCloseable {

    static final String APP_ID = "wx1234567890abcdef";
    static final String SECRET = "the-app-secret";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** WeChat Pay's retry schedule, a thousand times faster: 15 ms, 15 ms, 30 ms, 180 ms, … */
    static final double RETRY_SPEEDUP = 1000;
    private static final AtomicLong ORDERS = new AtomicLong();

    final MutableClock clock = new MutableClock(SHANGHAI);
    final WechatPaySandboxKeys keys;
    final WechatSandboxServer sandbox;
    final NotifyReceiver receiver;
    private final AnnotationConfigApplicationContext context;
    final WechatPayPort adapter;

    WechatPayTestSetup(WechatPaySandboxKeys keys) throws IOException {
        this(keys, Map.of());
    }

    WechatPayTestSetup(WechatPaySandboxKeys keys, Map<String, String> overrides) throws IOException {
        this.keys = keys;
        sandbox = WechatSandboxServer.start(0, APP_ID, SECRET, "ticket", clock, keys, RETRY_SPEEDUP);
        receiver = new NotifyReceiver();
        Map<String, Object> properties = new LinkedHashMap<>(settings(keys, sandbox.baseUrl(), receiver.notifyUrl()));
        properties.putAll(overrides);
        context = adapterContext(properties, clock);
        adapter = context.getBean(WechatPayPort.class);
    }

    /** Every setting the adapter needs, for {@code keys}' merchant at {@code baseUrl}. */
    static Map<String, String> settings(WechatPaySandboxKeys keys, URI baseUrl, URI notifyUrl) {
        Map<String, String> properties = new LinkedHashMap<>(keys.coinopProperties());
        properties.put("coinop.wechat.pay.base-url", baseUrl.toString());
        properties.put("coinop.wechat.pay.notify-url", notifyUrl.toString());
        properties.put("coinop.wechat.pay.read-timeout", "1s");
        properties.put("coinop.wechat.pay.connect-timeout", "1s");
        properties.put("coinop.wechat.app-id", APP_ID);
        properties.put("coinop.wechat.secret", SECRET);
        properties.put("coinop.zone", SHANGHAI.getId());
        return properties;
    }

    static AnnotationConfigApplicationContext adapterContext(Map<String, Object> properties, MutableClock clock) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.registerBean(Clock.class, () -> clock);
        context.register(WechatPayConfiguration.class);
        context.refresh();
        return context;
    }

    /** A new order of {@code yuan}, created now and waiting 15 minutes. */
    RechargeOrder order(long yuan) {
        LocalDateTime now = LocalDateTime.now(clock);
        OutTradeNo outTradeNo = new OutTradeNo("T" + System.nanoTime() + "x" + ORDERS.incrementAndGet());
        return RechargeOrder.create(new UserId(7), outTradeNo, Money.ofYuan(yuan), now, Duration.ofMinutes(15));
    }

    /** A port nothing listens on. */
    static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Override
    public void close() {
        context.close();
        receiver.close();
        sandbox.close();
    }
}
