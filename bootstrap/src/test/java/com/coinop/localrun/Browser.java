package com.coinop.localrun;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser on the H5 page of the local run: a cookie jar for coinop's session cookie, no automatic
 * redirects (each hop is looked at), and its own client address. WeChat sign-in goes the whole way
 * through the WeChat sandbox, as in the local run.
 */
final class Browser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /*
     * Each browser is its own client network (an IPv6 documentation /64, never contacted; limits count an
     * IPv6 client by its /64): the SMS limit per address lives in Redis for an hour, and a Redis that
     * outlives the run (CI's second pass uses the machine's) would otherwise carry one run's sends into the
     * next. It reaches coinop as X-Forwarded-For, believed as behind the load balancer in prod
     * (coinop.web.trusted-proxies names loopback).
     */
    private final String clientAddress;
    private String cookie;

    Browser(int port) {
        this("http://127.0.0.1:" + port, "2001:db8:" + Integer.toHexString(RANDOM.nextInt(0x10000)) + ":"
                + Integer.toHexString(RANDOM.nextInt(0x10000)) + "::7");
    }

    private Browser(String base, String clientAddress) {
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /** The page coinop sends the browser back to after WeChat: on the API's own origin. */
    String page() {
        return base + "/h5/index.html#/home";
    }

    /** One answer: status, headers and the parsed envelope (missing for a redirect). */
    record Answer(int status, HttpResponse<String> raw, JsonNode json) {

        String errorCode() {
            return json.get("error_code").asString();
        }

        JsonNode result() {
            return json.get("result");
        }

        String location() {
            return raw.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location in " + raw));
        }
    }

    /**
     * Opens the page in WeChat as {@code openId}: authorize → the sandbox's authorize page, skipped with
     * the openid and nickname → the callback. Returns the callback's answer.
     */
    Answer signInWithWechat(String openId, String nickName) {
        String callback = wechatCallback(authorize(page()), openId, nickName);
        return get(callback);
    }

    /** {@code GET /wechat/oauth/authorize}: the WeChat authorize URL it redirects to. */
    String authorize(String page) {
        Answer authorize = get("/wechat/oauth/authorize?redirect=" + URLEncoder.encode(page, UTF_8));
        assertThat(authorize.status()).as("authorize %s", authorize.raw().body()).isEqualTo(302);
        return authorize.location();
    }

    /** What the WeChat sandbox answers when the user agrees as {@code openId}: the callback URL with code and state. */
    String wechatCallback(String authorizeUrl, String openId, String nickName) {
        String skipThePage = authorizeUrl.replace("#wechat_redirect", "") + "&sandbox_openid=" + URLEncoder.encode(openId, UTF_8)
                + "&sandbox_nickname=" + URLEncoder.encode(nickName, UTF_8);
        Answer wechat = send(HttpRequest.newBuilder(URI.create(skipThePage)), false);
        assertThat(wechat.status()).isEqualTo(302);
        return wechat.location();
    }

    /** Geetest (failback locally) and {@code POST /wechat/captcha}: asks for an SMS code for {@code mobile}. */
    Answer requestSmsCode(String mobile) {
        Answer geetest = get("/wechat/geetest");
        assertThat(geetest.status()).isEqualTo(200);
        String challenge = geetest.result().get("challenge").asString();
        return post("/wechat/captcha", """
                {"mobile": "%s", "geetest_challenge": "%s", "geetest_validate": "v", "geetest_seccode": "s|jordan"}
                """.formatted(mobile, challenge));
    }

    Answer get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)), true);
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    /** Another tab of this browser: the same network, the same cookie now, its own jar from here on. */
    Browser newTab() {
        Browser tab = new Browser(base, clientAddress);
        tab.cookie = cookie;
        return tab;
    }

    /** Another browser on this browser's network (behind the same NAT): no cookie. */
    Browser nextDoor() {
        return new Browser(base, clientAddress);
    }

    /** Sends {@code body} as a JSON body of exactly those bytes. */
    Answer postBytes(String path, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), true);
    }

    String cookie() {
        return cookie;
    }

    void useCookie(String cookie) {
        this.cookie = cookie;
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    /** Sends the request, to coinop with the cookie and client address, to the sandbox (another site) without. */
    private Answer send(HttpRequest.Builder request, boolean toCoinop) {
        if (toCoinop) {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            request.header("X-Forwarded-For", clientAddress);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (toCoinop) {
                response.headers().firstValue("Set-Cookie").ifPresent(set ->
                        cookie = set.startsWith("COINOP_SESSION=;") ? null : set.substring(0, set.indexOf(';')));
            }
            JsonNode json = response.body().isEmpty() || response.body().startsWith("<")
                    ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
