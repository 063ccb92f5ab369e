package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.bootstrap.CoinopApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding a mobile over HTTP with a cookie jar, as the H5 page does it in the local run: a WeChat
 * openid (from the sandbox until OAuth lands) → check 0 → geetest (failback, no keys locally) →
 * captcha → the code from the outbox → login → check success → user. And the refusals.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // as behind the load balancer in prod: the client address comes from X-Forwarded-For
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("local")
class SignInEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong MOBILES = new AtomicLong(13_700_000_000L + System.nanoTime() % 90_000_000L);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_sign_in_test").forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private String cookie;
    private String mobile;
    /*
     * Each test is its own client address (an IPv6 documentation address, never contacted): the SMS
     * limit per IP lives in Redis for an hour, and a Redis that outlives the run (CI's second pass
     * uses the machine's) would otherwise carry one run's sends into the next.
     */
    private final String clientAddress = "2001:db8::" + Long.toHexString(System.nanoTime() & 0xffff) + ":"
            + Long.toHexString(new SecureRandom().nextInt() & 0xffff);

    /** One answer: status, a header and the parsed envelope. */
    private record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        String errorCode() {
            return json.get("error_code").asString();
        }
    }

    @BeforeEach
    void aBrowserWithAWechatOpenid() throws Exception {
        mobile = String.valueOf(MOBILES.incrementAndGet());
        Answer session = post("/sandbox/session?openid=o-e2e-" + mobile, "");
        assertThat(session.status()).isEqualTo(200);
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        request.header("X-Forwarded-For", clientAddress);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("Set-Cookie")
                .ifPresent(set -> cookie = set.startsWith("COINOP_SESSION=;") ? null : set.substring(0, set.indexOf(';')));
        return new Answer(response.statusCode(), response, JSON.readTree(response.body()));
    }

    private Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)));
    }

    private Answer post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer requestCode() throws Exception {
        Answer geetest = get("/wechat/geetest");
        assertThat(geetest.status()).isEqualTo(200);
        String challenge = geetest.json().get("result").get("challenge").asString();
        return post("/wechat/captcha", """
                {"mobile": "%s", "geetest_challenge": "%s", "geetest_validate": "v", "geetest_seccode": "s|jordan"}
                """.formatted(mobile, challenge));
    }

    private String codeFromTheOutbox() throws Exception {
        Answer sms = get("/sandbox/sms?mobile=" + mobile);
        assertThat(sms.status()).isEqualTo(200);
        return sms.json().get("result").get("code").asString();
    }

    @Test
    void the_whole_binding_signs_the_user_in_under_a_new_session_id() throws Exception {
        assertThat(get("/wechat/check").json().get("result").asInt()).isEqualTo(0);

        Answer geetest = get("/wechat/geetest");
        JsonNode challenge = geetest.json().get("result");
        assertThat(challenge.get("success").asBoolean()).isFalse();
        assertThat(challenge.get("new_captcha").asBoolean()).isTrue();
        assertThat(challenge.get("challenge").asString()).matches("[0-9a-f]{32}");

        Answer captcha = post("/wechat/captcha", """
                {"mobile": "%s", "geetest_challenge": "%s", "geetest_validate": "v", "geetest_seccode": "s|jordan"}
                """.formatted(mobile, challenge.get("challenge").asString()));
        assertThat(captcha.status()).isEqualTo(200);
        assertThat(captcha.json().get("result").asString()).isEqualTo("success");
        String code = codeFromTheOutbox();
        assertThat(code).matches("[0-9]{6}");

        String before = cookie;
        Answer login = post("/wechat/login", "{\"mobile\": \"%s\", \"code\": \"%s\"}".formatted(mobile, code));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("result").get("mobile").asString()).isEqualTo(mobile);
        assertThat(login.json().get("result").get("state").asInt()).isEqualTo(1);
        assertThat(cookie).isNotEqualTo(before);

        assertThat(get("/wechat/check").json().get("result").asString()).isEqualTo("success");
        assertThat(get("/wechat/user").json().get("result").get("mobile").asString()).isEqualTo(mobile);

        String signedIn = cookie;
        cookie = before;
        assertThat(get("/wechat/check").json().get("result").asInt()).as("the old session id is gone").isEqualTo(-1);
        cookie = signedIn;

        assertThat(post("/wechat/login", "{\"mobile\": \"%s\", \"code\": \"%s\"}".formatted(mobile, code)).errorCode())
                .as("a code signs in once").isEqualTo("INVALID_SMS_CODE");

        assertThat(post("/wechat/logout", "").status()).isEqualTo(200);
        assertThat(get("/wechat/user").status()).isEqualTo(401);
    }

    @Test
    void a_captcha_answer_works_once() throws Exception {
        String challenge = get("/wechat/geetest").json().get("result").get("challenge").asString();
        String body = """
                {"mobile": "%s", "geetest_challenge": "%s", "geetest_validate": "v", "geetest_seccode": "s"}
                """.formatted(mobile, challenge);

        assertThat(post("/wechat/captcha", body).status()).isEqualTo(200);
        Answer replay = post("/wechat/captcha", body);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.errorCode()).isEqualTo("CAPTCHA_FAILED");
    }

    @Test
    void a_second_code_within_a_minute_is_429_with_retry_after() throws Exception {
        assertThat(requestCode().status()).isEqualTo(200);

        Answer second = requestCode();

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(second.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
    }

    @Test
    void five_wrong_codes_use_the_code_up() throws Exception {
        assertThat(requestCode().status()).isEqualTo(200);
        String code = codeFromTheOutbox();
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(post("/wechat/login", "{\"mobile\": \"%s\", \"code\": \"%s\"}".formatted(mobile, wrong)).errorCode())
                    .isEqualTo("INVALID_SMS_CODE");
        }
        Answer fifth = post("/wechat/login", "{\"mobile\": \"%s\", \"code\": \"%s\"}".formatted(mobile, wrong));
        assertThat(fifth.json().get("error").asString()).contains("次数过多");

        Answer right = post("/wechat/login", "{\"mobile\": \"%s\", \"code\": \"%s\"}".formatted(mobile, code));
        assertThat(right.status()).isEqualTo(400);
        assertThat(right.errorCode()).isEqualTo("INVALID_SMS_CODE");
    }

    @Test
    void login_without_a_wechat_openid_is_401_and_asks_to_open_the_page_in_wechat() throws Exception {
        cookie = null;

        Answer login = post("/wechat/login", "{\"mobile\": \"%s\", \"code\": \"123456\"}".formatted(mobile));

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.errorCode()).isEqualTo("NO_OPENID");
        assertThat(login.json().get("error").asString()).contains("微信");
    }
}
