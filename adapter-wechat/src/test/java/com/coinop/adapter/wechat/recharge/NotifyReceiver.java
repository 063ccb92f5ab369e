package com.coinop.adapter.wechat.recharge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.coinop.application.recharge.port.out.SignedNotification;
import com.sun.net.httpserver.HttpServer;

/** coinop's notify_url as WeChat Pay reaches it, in a test: keeps what arrives and answers the statuses it is given (then 204). */
final class NotifyReceiver implements AutoCloseable {

    private final HttpServer server;
    private final BlockingQueue<SignedNotification> received = new LinkedBlockingQueue<>();
    private final List<SignedNotification> all = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

    NotifyReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wechat/pay/notify", exchange -> {
            try (exchange) {
                var headers = exchange.getRequestHeaders();
                SignedNotification notification = new SignedNotification(headers.getFirst("Wechatpay-Signature"),
                        headers.getFirst("Wechatpay-Timestamp"), headers.getFirst("Wechatpay-Nonce"),
                        headers.getFirst("Wechatpay-Serial"), new String(exchange.getRequestBody().readAllBytes(), UTF_8));
                all.add(notification);
                received.add(notification);
                Integer status = statuses.poll();
                exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            }
        });
        server.start();
    }

    URI notifyUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wechat/pay/notify");
    }

    /** The next answers, in order, before 204s again. */
    void answer(Integer... next) {
        statuses.addAll(List.of(next));
    }

    SignedNotification next() throws InterruptedException {
        SignedNotification notification = received.poll(5, TimeUnit.SECONDS);
        if (notification == null) {
            throw new AssertionError("no notification arrived within 5 s");
        }
        return notification;
    }

    /** Everything that arrived, waiting {@code quiet} first so that late retries show. */
    List<SignedNotification> allAfter(Duration quiet) throws InterruptedException {
        Thread.sleep(quiet.toMillis());
        return List.copyOf(all);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
