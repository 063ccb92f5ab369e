package com.coinop.adapter.wechat.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.coinop.adapter.wechat.mp.WechatMpStandIn;
import com.coinop.adapter.wechat.recharge.WechatPayStandIn;
import com.coinop.adapter.wechat.sandbox.SandboxHttp.Handler;
import com.coinop.adapter.wechat.sandbox.SandboxHttp.Response;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for WeChat on 127.0.0.1, so the real WxJava clients run end to end without WeChat. One HTTP
 * server, one part per WeChat product: web-page OAuth2 ({@link OAuthSandbox}), the official account's tokens and
 * tickets ({@link OfficialAccountSandbox}) and, when it has a merchant, WeChat Pay ({@link WechatPaySandbox}).
 * Test code only (this module's test-jar): it signs anyone in as anyone, so the production jar never has it.
 */
public final class WechatSandboxServer implements WechatMpStandIn, WechatPayStandIn, AutoCloseable {

    /** WeChat accepts an OAuth2 code once and for five minutes. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    /** Lifetime of access tokens and tickets, as WeChat's expires_in says. */
    public static final Duration TOKEN_LIFETIME = Duration.ofSeconds(7200);

    /** WeChat's official-account API answers with this (sic) content type. */
    private static final String MP_JSON = "application/json; encoding=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxContext context;
    private final WechatPaySandbox pay;
    private final Map<String, Integer> requestCounts = new ConcurrentHashMap<>();

    private WechatSandboxServer(HttpServer server, String appId, String secret, String jsapiTicket, Clock clock,
                                WechatPaySandboxKeys payKeys, double retrySpeedup) {
        this.server = server;
        this.context = new SandboxContext(appId, secret, clock, this::baseUrl);
        OAuthSandbox oauth = new OAuthSandbox(context);
        OfficialAccountSandbox officialAccount = new OfficialAccountSandbox(context, jsapiTicket);
        this.pay = payKeys == null ? null : new WechatPaySandbox(context, payKeys, retrySpeedup);
        route("/connect/oauth2/authorize", oauth::authorize);
        route("/sns/oauth2/access_token", oauth::codeToToken);
        route("/sns/userinfo", oauth::userInfo);
        route("/sandbox/avatar/", oauth::avatar);
        route("/cgi-bin/token", officialAccount::appToken);
        route("/cgi-bin/ticket/getticket", officialAccount::ticket);
        if (pay != null) {
            route("/v3/", pay::handle);
            route("/sandbox/pay/", pay::handle);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "wechat-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    /** Starts the sandbox on 127.0.0.1:{@code port} (0: a free port) accepting only {@code appId}/{@code secret}; no WeChat Pay. */
    public static WechatSandboxServer start(int port, String appId, String secret, String jsapiTicket, Clock clock)
            throws IOException {
        return start(port, appId, secret, jsapiTicket, clock, null, 1);
    }

    /**
     * Starts the sandbox with WeChat Pay for the merchant {@code payKeys}, whose notifications are retried on
     * WeChat Pay's schedule divided by {@code retrySpeedup} (1: WeChat Pay's own pace).
     */
    public static WechatSandboxServer start(int port, String appId, String secret, String jsapiTicket, Clock clock,
                                            WechatPaySandboxKeys payKeys, double retrySpeedup) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        WechatSandboxServer sandbox = new WechatSandboxServer(server, appId, secret, jsapiTicket, clock, payKeys, retrySpeedup);
        server.start();
        return sandbox;
    }

    /** Where all of WeChat's hosts (api, open, mp) and WeChat Pay's API are served. */
    @Override
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The socket the sandbox listens on. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public String appId() {
        return context.appId();
    }

    @Override
    public String secret() {
        return context.secret();
    }

    /** WeChat Pay's part; only when the sandbox was started with a merchant. */
    public WechatPaySandbox pay() {
        if (pay == null) {
            throw new IllegalStateException("this WeChat sandbox was started without WeChat Pay (no merchant keys)");
        }
        return pay;
    }

    /** Moves the sandbox's clock forward, so tests can let codes, tokens and orders expire without waiting. */
    public void advanceClock(Duration duration) {
        context.advance(duration);
    }

    /** How many requests reached {@code path}, for tests that assert a call was or was not made. */
    public int requestCount(String path) {
        return requestCounts.getOrDefault(path, 0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        if (pay != null) {
            pay.close();
        }
    }

    private void route(String prefix, Handler handler) {
        server.createContext(prefix, exchange -> handle(exchange, handler));
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            requestCounts.merge(exchange.getRequestURI().getPath(), 1, Integer::sum);
            Response response;
            try {
                response = handler.handle(SandboxHttp.read(exchange));
            } catch (RuntimeException e) {
                response = Response.of(500, "text/plain; charset=utf-8", "sandbox failure: " + e);
            }
            SandboxHttp.write(exchange, response);
        }
    }

    // ---- shared by the official-account parts ----

    static Response json(ObjectNode body) {
        return Response.json(200, MP_JSON, body);
    }

    /** WeChat answers errors with HTTP 200 and a request id appended to errmsg. */
    static Response error(int errcode, String errmsg) {
        ObjectNode body = SandboxHttp.object();
        body.put("errcode", errcode);
        body.put("errmsg", errmsg + ", rid: " + SandboxHttp.hex(6));
        return json(body);
    }

    static Response html(int status, String title, String body) {
        return Response.of(status, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + SandboxHttp.escapeHtml(title)
                + "</title></head><body><h1>" + SandboxHttp.escapeHtml(title) + "</h1>" + body + "</body></html>");
    }

    /** The app's credentials as the code exchange and the token call check them, or null when they are right. */
    static Response checkCredentials(SandboxContext context, Map<String, String> query, String grantType) {
        if (!grantType.equals(query.get("grant_type"))) {
            return error(40002, "invalid grant_type");
        }
        if (!context.appId().equals(query.get("appid"))) {
            return error(40013, "invalid appid");
        }
        if (!context.secret().equals(query.get("secret"))) {
            return error(40125, "invalid appsecret");
        }
        return null;
    }
}
