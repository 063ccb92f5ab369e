package com.coinop.adapter.wechat.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import com.coinop.adapter.wechat.mp.WechatMpStandIn;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for WeChat's OAuth2 and official-account endpoints on 127.0.0.1, so the real WxJava
 * client runs end to end without WeChat: the authorize page (a form to pick a test openid), the code
 * exchange, user info, the access token and the jsapi ticket, with WeChat's JSON shapes and errcodes.
 * Test code only (this module's test-jar): it signs anyone in as anyone, so the production jar never has it.
 */
public final class WechatSandboxServer implements WechatMpStandIn, AutoCloseable {

    /** WeChat accepts an OAuth2 code once and for five minutes. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    /** Lifetime of access tokens and tickets, as WeChat's expires_in says. */
    public static final Duration TOKEN_LIFETIME = Duration.ofSeconds(7200);

    private static final String JSON = "application/json; encoding=utf-8";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the user granted on the authorize page. */
    private record Grant(String openId, String nickName, String scope, Instant issuedAt) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String appId;
    private final String secret;
    private final String jsapiTicket;
    private final Clock clock;
    private final AtomicReference<Duration> clockOffset = new AtomicReference<>(Duration.ZERO);
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> usedCodes = new ConcurrentHashMap<>();
    private final Map<String, Grant> userTokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> appTokens = new ConcurrentHashMap<>();
    private final Map<String, Integer> requestCounts = new ConcurrentHashMap<>();

    private WechatSandboxServer(HttpServer server, String appId, String secret, String jsapiTicket, Clock clock) {
        this.server = server;
        this.appId = appId;
        this.secret = secret;
        this.jsapiTicket = jsapiTicket;
        this.clock = clock;
        server.createContext("/connect/oauth2/authorize", exchange -> handle(exchange, this::authorize));
        server.createContext("/sns/oauth2/access_token", exchange -> handle(exchange, this::codeToToken));
        server.createContext("/sns/userinfo", exchange -> handle(exchange, this::userInfo));
        server.createContext("/cgi-bin/token", exchange -> handle(exchange, this::appToken));
        server.createContext("/cgi-bin/ticket/getticket", exchange -> handle(exchange, this::ticket));
        server.createContext("/sandbox/avatar/", exchange -> handle(exchange, this::avatar));
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "wechat-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
    }

    /** Starts the sandbox on 127.0.0.1:{@code port} (0: a free port) accepting only {@code appId}/{@code secret}. */
    public static WechatSandboxServer start(int port, String appId, String secret, String jsapiTicket, Clock clock)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        WechatSandboxServer sandbox = new WechatSandboxServer(server, appId, secret, jsapiTicket, clock);
        server.start();
        return sandbox;
    }

    /** Where all of WeChat's hosts (api, open, mp) are served. */
    @Override
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public String appId() {
        return appId;
    }

    @Override
    public String secret() {
        return secret;
    }

    /** Moves the sandbox's clock forward, so tests can let codes and tokens expire without waiting. */
    public void advanceClock(Duration duration) {
        clockOffset.accumulateAndGet(duration, Duration::plus);
    }

    /** How many requests reached {@code path}, for tests that assert a call was or was not made. */
    public int requestCount(String path) {
        return requestCounts.getOrDefault(path, 0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private Instant now() {
        return clock.instant().plus(clockOffset.get());
    }

    private interface Handler {
        Response handle(Map<String, String> query);
    }

    private record Response(int status, String contentType, String body, String location) {

        static Response json(String body) {
            return new Response(200, JSON, body, null);
        }

        static Response error(int errcode, String errmsg) {
            // WeChat answers errors with HTTP 200 and a request id appended to errmsg
            return json("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + ", rid: " + token(12) + "\"}");
        }

        static Response html(int status, String body) {
            return new Response(status, "text/html; charset=utf-8", body, null);
        }

        static Response redirect(String location) {
            return new Response(302, null, "", location);
        }
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            requestCounts.merge(exchange.getRequestURI().getPath(), 1, Integer::sum);
            Response response = handler.handle(decode(exchange.getRequestURI().getRawQuery()));
            if (response.location() != null) {
                exchange.getResponseHeaders().set("Location", response.location());
            }
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            byte[] body = response.body().getBytes(UTF_8);
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    private Response authorize(Map<String, String> query) {
        String redirectUri = query.get("redirect_uri");
        String scope = query.getOrDefault("scope", "");
        if (!appId.equals(query.get("appid"))) {
            return Response.html(400, page("appid 参数错误", "<p>这个沙箱只认 appid " + escape(appId) + "</p>"));
        }
        if (redirectUri == null || !redirectUri.matches("https?://.+")) {
            return Response.html(400, page("redirect_uri 参数错误", ""));
        }
        if (!"code".equals(query.get("response_type"))) {
            return Response.html(400, page("response_type 参数错误", ""));
        }
        if (!scope.equals("snsapi_base") && !scope.equals("snsapi_userinfo")) {
            return Response.html(400, page("scope 参数错误或没有 scope 权限", ""));
        }
        String openId = query.get("sandbox_openid");
        if (openId == null || openId.isBlank()) {
            return Response.html(200, page("微信沙箱 · 授权登录", form(query)));
        }
        String nickName = query.getOrDefault("sandbox_nickname", "");
        String code = token(32);
        codes.put(code, new Grant(openId.strip(), nickName.isBlank() ? "沙箱用户" : nickName.strip(), scope, now()));
        String state = query.getOrDefault("state", "");
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code + "&state=" + encode(state);
        return Response.redirect(location);
    }

    private Response codeToToken(Map<String, String> query) {
        Response credentials = checkCredentials(query, "authorization_code");
        if (credentials != null) {
            return credentials;
        }
        String code = query.get("code");
        if (code == null || code.isEmpty()) {
            return Response.error(41008, "missing code");
        }
        if (usedCodes.containsKey(code)) {
            return Response.error(40163, "code been used");
        }
        Grant grant = codes.remove(code);
        // WeChat answers an expired code like an unknown one
        if (grant == null || !now().isBefore(grant.issuedAt().plus(CODE_LIFETIME))) {
            return Response.error(40029, "invalid code");
        }
        usedCodes.put(code, Boolean.TRUE);
        String accessToken = token(48);
        userTokens.put(accessToken, new Grant(grant.openId(), grant.nickName(), grant.scope(), now()));
        return Response.json("{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + TOKEN_LIFETIME.toSeconds()
                + ",\"refresh_token\":\"" + token(48) + "\",\"openid\":\"" + jsonEscape(grant.openId())
                + "\",\"scope\":\"" + grant.scope() + "\"}");
    }

    private Response userInfo(Map<String, String> query) {
        Grant grant = userTokens.get(query.getOrDefault("access_token", ""));
        if (grant == null) {
            return Response.error(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!now().isBefore(grant.issuedAt().plus(TOKEN_LIFETIME))) {
            return Response.error(42001, "access_token expired");
        }
        if (!grant.openId().equals(query.get("openid"))) {
            return Response.error(40003, "invalid openid");
        }
        if (!"snsapi_userinfo".equals(grant.scope())) {
            return Response.error(48001, "api unauthorized");
        }
        String avatar = baseUrl() + "/sandbox/avatar/" + encode(grant.openId());
        return Response.json("{\"openid\":\"" + jsonEscape(grant.openId()) + "\",\"nickname\":\"" + jsonEscape(grant.nickName())
                + "\",\"sex\":0,\"language\":\"\",\"city\":\"\",\"province\":\"\",\"country\":\"\",\"headimgurl\":\""
                + jsonEscape(avatar) + "\",\"privilege\":[]}");
    }

    private Response appToken(Map<String, String> query) {
        Response credentials = checkCredentials(query, "client_credential");
        if (credentials != null) {
            return credentials;
        }
        String accessToken = token(64);
        appTokens.put(accessToken, now());
        return Response.json("{\"access_token\":\"" + accessToken + "\",\"expires_in\":" + TOKEN_LIFETIME.toSeconds() + "}");
    }

    private Response ticket(Map<String, String> query) {
        Instant issuedAt = appTokens.get(query.getOrDefault("access_token", ""));
        if (issuedAt == null) {
            return Response.error(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!now().isBefore(issuedAt.plus(TOKEN_LIFETIME))) {
            return Response.error(42001, "access_token expired");
        }
        if (!"jsapi".equals(query.get("type"))) {
            return Response.error(40097, "invalid args");
        }
        return Response.json("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"" + jsonEscape(jsapiTicket) + "\",\"expires_in\":"
                + TOKEN_LIFETIME.toSeconds() + "}");
    }

    private Response avatar(Map<String, String> query) {
        // a plain picture, so the H5 page has something to show for headimgurl without reaching qlogo.cn
        return new Response(200, "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"132\" height=\"132\">"
                + "<rect width=\"132\" height=\"132\" fill=\"#07c160\"/></svg>", null);
    }

    private Response checkCredentials(Map<String, String> query, String grantType) {
        if (!grantType.equals(query.get("grant_type"))) {
            return Response.error(40002, "invalid grant_type");
        }
        if (!appId.equals(query.get("appid"))) {
            return Response.error(40013, "invalid appid");
        }
        if (!secret.equals(query.get("secret"))) {
            return Response.error(40125, "invalid appsecret");
        }
        return null;
    }

    private static String form(Map<String, String> query) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"appid", "redirect_uri", "response_type", "scope", "state"}) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(escape(query.getOrDefault(name, ""))).append("\">");
        }
        return "<p>这是本地微信沙箱，不是微信。输入一个测试 openid 登录 " + escape(query.getOrDefault("scope", "")) + "。</p>"
                + "<form method=\"get\" action=\"/connect/oauth2/authorize\" accept-charset=\"utf-8\">" + hidden
                + "<label>openid <input name=\"sandbox_openid\" value=\"o-sandbox-user-1\" required maxlength=\"64\"></label><br>"
                + "<label>昵称 <input name=\"sandbox_nickname\" value=\"沙箱用户\"></label><br>"
                + "<button type=\"submit\">同意授权</button></form>";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes / 2];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
