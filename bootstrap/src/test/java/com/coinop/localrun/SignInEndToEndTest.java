package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.bootstrap.CoinopApplication;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole sign-in over HTTP with a cookie jar, as the H5 page does it in the local run: authorize →
 * the WeChat sandbox → callback → check 0 → geetest (failback, no keys locally) → captcha → the code
 * from the outbox → login → check success → user; silent sign-in the next time. And the refusals. The
 * application runs on a clock the tests move, so codes can grow old without waiting.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class, MovableClockConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // as behind the load balancer in prod: the client address comes from X-Forwarded-For, which only
        // the listed proxy (the test, on loopback) is believed on
        properties = {"coinop.web.trusted-proxies=127.0.0.1,::1",
                // the budget every instance shares in failback is one Redis count for all test contexts too
                "coinop.sign-in.failback.sends-per-minute=1000"})
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class SignInEndToEndTest {

    private static final AtomicLong MOBILES = new AtomicLong(13_700_000_000L + System.nanoTime() % 90_000_000L);
    private static final String TOKEN_EXCHANGE = "/sns/oauth2/access_token";

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_sign_in_test").forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    private TestClock clock;

    @Autowired
    private WechatSandboxServer wechat;

    @Autowired
    private SaveUserPort saveUserPort;

    @Autowired
    private LoadUserPort loadUserPort;

    private Browser browser;
    private String mobile;
    private String openId;

    @BeforeEach
    void aBrowserOpeningThePageInWechat() {
        browser = new Browser(port);
        mobile = String.valueOf(MOBILES.incrementAndGet());
        openId = "o-e2e-" + mobile;
    }

    private Browser.Answer requestCode() {
        return browser.requestSmsCode(mobile);
    }

    private String codeFromTheOutbox() {
        Browser.Answer sms = browser.get("/sandbox/sms?mobile=" + mobile);
        assertThat(sms.status()).isEqualTo(200);
        // as the README shows it and bin/try-it checks it: mobile first, in every JVM
        assertThat(sms.raw().body()).startsWith("{\"success\":true,\"result\":{\"mobile\":\"" + mobile + "\",\"code\":\"");
        return sms.result().get("code").asString();
    }

    private Browser.Answer login(String code) {
        return browser.post("/wechat/login", "{\"mobile\": \"%s\", \"code\": \"%s\"}".formatted(mobile, code));
    }

    @Test
    void the_whole_sign_in_from_wechat_to_the_user_and_silently_the_next_time() {
        assertThat(browser.get("/wechat/check").result().asInt()).as("not in WeChat yet").isEqualTo(-1);

        String wechatAuthorize = browser.authorize(browser.page());
        assertThat(wechatAuthorize).startsWith(wechat.baseUrl() + "/connect/oauth2/authorize?")
                .contains("scope=snsapi_userinfo").endsWith("#wechat_redirect");
        String beforeWechat = browser.cookie();
        assertThat(beforeWechat).as("authorize gives the browser a session").startsWith("COINOP_SESSION=");
        Browser.Answer callback = browser.get(browser.wechatCallback(wechatAuthorize, openId, "小明 🐼"));
        assertThat(callback.status()).isEqualTo(302);
        assertThat(callback.location()).isEqualTo(browser.page());
        assertThat(browser.cookie()).as("the session id changes once WeChat named the user").isNotEqualTo(beforeWechat);
        assertThat(browser.get("/wechat/check").result().asInt()).as("openid, no mobile").isEqualTo(0);

        JsonChallenge challenge = JsonChallenge.of(browser.get("/wechat/geetest"));
        assertThat(challenge.success()).isFalse();
        assertThat(challenge.newCaptcha()).isTrue();
        assertThat(challenge.challenge()).matches("[0-9a-f]{32}");
        Browser.Answer captcha = browser.post("/wechat/captcha", """
                {"mobile": "%s", "geetest_challenge": "%s", "geetest_validate": "v", "geetest_seccode": "s|jordan"}
                """.formatted(mobile, challenge.challenge()));
        assertThat(captcha.status()).isEqualTo(200);
        assertThat(captcha.result().asString()).isEqualTo("success");
        String code = codeFromTheOutbox();
        assertThat(code).matches("[0-9]{6}");

        String beforeLogin = browser.cookie();
        Browser.Answer login = login(code);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.result().get("mobile").asString()).isEqualTo(mobile);
        assertThat(login.result().get("state").asInt()).isEqualTo(1);
        assertThat(login.result().get("nick_name").asString()).as("the WeChat profile is kept").isEqualTo("小明 🐼");
        assertThat(login.result().get("head_img_url").asString()).isEqualTo(wechat.baseUrl() + "/sandbox/avatar/" + openId);
        assertThat(browser.cookie()).isNotEqualTo(beforeLogin);

        assertThat(browser.get("/wechat/check").result().asString()).isEqualTo("success");
        assertThat(browser.get("/wechat/user").result().get("mobile").asString()).isEqualTo(mobile);

        String signedIn = browser.cookie();
        browser.useCookie(beforeLogin);
        assertThat(browser.get("/wechat/check").result().asInt()).as("the old session id is gone").isEqualTo(-1);
        browser.useCookie(signedIn);
        assertThat(login(code).errorCode()).as("a code signs in once").isEqualTo("INVALID_SMS_CODE");
        assertThat(browser.post("/wechat/logout", "").status()).isEqualTo(200);
        assertThat(browser.get("/wechat/user").status()).isEqualTo(401);

        Browser nextDay = new Browser(port);
        Browser.Answer again = nextDay.signInWithWechat(openId, "小明明");
        assertThat(again.status()).isEqualTo(302);
        assertThat(nextDay.get("/wechat/check").result().asString()).as("a bound openid signs in silently").isEqualTo("success");
        assertThat(nextDay.get("/wechat/user").result().get("nick_name").asString())
                .as("the profile follows WeChat").isEqualTo("小明明");
    }

    @Test
    void a_reloaded_callback_is_answered_without_asking_wechat_again() {
        String callback = browser.wechatCallback(browser.authorize(browser.page()), openId, "n");
        int exchangesBefore = wechat.requestCount(TOKEN_EXCHANGE);

        Browser.Answer first = browser.get(callback);
        Browser.Answer reload = browser.get(callback);

        assertThat(first.status()).isEqualTo(302);
        assertThat(reload.status()).isEqualTo(302);
        assertThat(reload.location()).isEqualTo(browser.page());
        assertThat(wechat.requestCount(TOKEN_EXCHANGE) - exchangesBefore).as("the code went to WeChat once").isEqualTo(1);
        assertThat(browser.get("/wechat/check").result().asInt()).isEqualTo(0);
    }

    @Test
    void a_callback_loaded_many_times_at_once_goes_to_wechat_once_and_every_load_lands_on_the_page() {
        String callback = browser.wechatCallback(browser.authorize(browser.page()), openId, "n");
        int exchangesBefore = wechat.requestCount(TOKEN_EXCHANGE);
        List<Browser> tabs = IntStream.range(0, 6).mapToObj(i -> browser.newTab()).toList();

        List<Concurrently.Outcome<Browser.Answer>> loads = Concurrently.run(tabs.size(), i -> () -> tabs.get(i).get(callback));

        assertThat(loads).noneMatch(Concurrently.Outcome::failed);
        assertThat(loads).allSatisfy(load -> assertThat(load.value().status()).isEqualTo(302));
        assertThat(wechat.requestCount(TOKEN_EXCHANGE) - exchangesBefore).isEqualTo(1);
        assertThat(tabs).allSatisfy(tab -> assertThat(tab.get("/wechat/check").result().asInt()).isEqualTo(0));
    }

    @Test
    void a_code_taken_to_another_browser_is_refused_without_asking_wechat() {
        String callback = browser.wechatCallback(browser.authorize(browser.page()), openId, "n");
        assertThat(browser.get(callback).status()).isEqualTo(302);
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");

        Browser thief = new Browser(port);
        String thiefsCallback = thief.wechatCallback(thief.authorize(thief.page()), "o-thief-" + mobile, "thief");
        String withTheStolenCode = thiefsCallback.replaceAll("code=[^&]+", "code=" + code);
        int exchangesBefore = wechat.requestCount(TOKEN_EXCHANGE);
        Browser.Answer stolen = thief.get(withTheStolenCode);

        assertThat(stolen.status()).isEqualTo(400);
        assertThat(stolen.errorCode()).isEqualTo("WECHAT_CODE_REJECTED");
        assertThat(wechat.requestCount(TOKEN_EXCHANGE)).isEqualTo(exchangesBefore);
        assertThat(thief.get("/wechat/check").result().asInt()).isEqualTo(-1);
    }

    @Test
    void a_wrong_or_foreign_state_is_refused_and_the_session_keeps_no_openid() {
        String callback = browser.wechatCallback(browser.authorize(browser.page()), openId, "n");

        Browser.Answer forged = browser.get(callback.replaceAll("state=[^&]+", "state=0123456789abcdef0123456789abcdef"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.errorCode()).isEqualTo("OAUTH_STATE_INVALID");
        Browser.Answer missing = browser.get(callback.replaceAll("&?state=[^&]+", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("OAUTH_STATE_INVALID");

        Browser other = new Browser(port);
        Browser.Answer foreign = other.get(callback);
        assertThat(foreign.status()).as("the state belongs to the browser that started").isEqualTo(400);
        assertThat(foreign.errorCode()).isEqualTo("OAUTH_STATE_INVALID");

        assertThat(browser.get("/wechat/check").result().asInt()).isEqualTo(-1);
    }

    @Test
    void a_page_that_is_not_coinop_s_is_refused_before_wechat() {
        Browser.Answer evil = browser.get("/wechat/oauth/authorize?redirect=https%3A%2F%2Fevil.example.com%2F");

        assertThat(evil.status()).isEqualTo(400);
        assertThat(evil.errorCode()).isEqualTo("INVALID_REDIRECT");
        assertThat(evil.raw().headers().firstValue("Location")).isEmpty();
    }

    @Test
    void a_wechat_code_older_than_five_minutes_is_refused() {
        String callback = browser.wechatCallback(browser.authorize(browser.page()), openId, "n");
        clock.advance(Duration.ofMinutes(5));

        Browser.Answer late = browser.get(callback);

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.errorCode()).isEqualTo("WECHAT_CODE_REJECTED");
        assertThat(late.json().get("error").asString()).contains("40029");
    }

    @Test
    void an_sms_code_older_than_five_minutes_is_refused() {
        browser.signInWithWechat(openId, "n");
        assertThat(requestCode().status()).isEqualTo(200);
        String code = codeFromTheOutbox();

        clock.advance(Duration.ofMinutes(5));
        Browser.Answer late = login(code);

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.errorCode()).isEqualTo("INVALID_SMS_CODE");
        assertThat(browser.get("/wechat/check").result().asInt()).isEqualTo(0);
    }

    @Test
    void a_captcha_answer_works_once() {
        browser.signInWithWechat(openId, "n");
        String challenge = browser.get("/wechat/geetest").result().get("challenge").asString();
        String body = """
                {"mobile": "%s", "geetest_challenge": "%s", "geetest_validate": "v", "geetest_seccode": "s"}
                """.formatted(mobile, challenge);

        assertThat(browser.post("/wechat/captcha", body).status()).isEqualTo(200);
        Browser.Answer replay = browser.post("/wechat/captcha", body);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.errorCode()).isEqualTo("CAPTCHA_FAILED");
    }

    @Test
    void a_second_code_within_a_minute_is_429_with_retry_after() {
        browser.signInWithWechat(openId, "n");
        assertThat(requestCode().status()).isEqualTo(200);

        Browser.Answer second = requestCode();

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(second.raw().headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
    }

    @Test
    void five_wrong_codes_use_the_code_up() {
        browser.signInWithWechat(openId, "n");
        assertThat(requestCode().status()).isEqualTo(200);
        String code = codeFromTheOutbox();
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login(wrong).errorCode()).isEqualTo("INVALID_SMS_CODE");
        }
        assertThat(login(wrong).json().get("error").asString()).contains("次数过多");

        Browser.Answer right = login(code);
        assertThat(right.status()).isEqualTo(400);
        assertThat(right.errorCode()).isEqualTo("INVALID_SMS_CODE");
    }

    @Test
    void login_without_a_wechat_openid_is_401_and_asks_to_open_the_page_in_wechat() {
        Browser.Answer login = login("123456");

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.errorCode()).isEqualTo("NO_OPENID");
        assertThat(login.json().get("error").asString()).contains("微信");
    }

    @Test
    void a_disabled_user_is_not_signed_in_by_wechat_and_cannot_log_in() {
        saveUserPort.insert(TestUsers.disabledUser().withOpenId(openId).withMobile(mobile).build());

        Browser.Answer callback = browser.signInWithWechat(openId, "n");
        assertThat(callback.status()).isEqualTo(302);
        Browser.Answer check = browser.get("/wechat/check");
        assertThat(check.status()).isEqualTo(403);
        assertThat(check.errorCode()).isEqualTo("USER_DISABLED");
        assertThat(browser.get("/wechat/user").status()).isEqualTo(401);

        assertThat(requestCode().status()).isEqualTo(200);
        Browser.Answer login = login(codeFromTheOutbox());
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.errorCode()).isEqualTo("USER_DISABLED");
    }

    @Test
    void a_stranger_trying_codes_for_a_mobile_burns_nothing_of_its_owner_and_locks_nobody_out() {
        browser.signInWithWechat(openId, "owner");
        assertThat(requestCode().status()).isEqualTo(200);
        String code = codeFromTheOutbox();
        Browser stranger = new Browser(port);
        stranger.signInWithWechat("o-stranger-" + mobile, "stranger");
        String login = "{\"mobile\": \"%s\", \"code\": \"%s\"}";

        // even the right code does nothing for someone who did not ask for it
        assertThat(stranger.post("/wechat/login", login.formatted(mobile, code)).errorCode()).isEqualTo("INVALID_SMS_CODE");
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            Browser.Answer guess = stranger.post("/wechat/login", login.formatted(mobile, String.format("%06d", i)));
            if (guess.status() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("the stranger is stopped by limits of their own").isPositive();

        Browser.Answer owner = login(code);
        assertThat(owner.status()).as("the owner signs in with the code sent to them").isEqualTo(200);
        assertThat(owner.result().get("mobile").asString()).isEqualTo(mobile);
    }

    @Test
    void a_captcha_and_a_code_are_only_for_a_browser_that_came_through_wechat() {
        Browser.Answer geetest = browser.get("/wechat/geetest");
        Browser.Answer captcha = browser.post("/wechat/captcha", """
                {"mobile": "%s", "geetest_challenge": "0123456789abcdef0123456789abcdef", "geetest_validate": "v",
                 "geetest_seccode": "s|jordan"}
                """.formatted(mobile));

        assertThat(geetest.status()).isEqualTo(401);
        assertThat(geetest.errorCode()).isEqualTo("NO_OPENID");
        assertThat(captcha.status()).isEqualTo(401);
        assertThat(captcha.errorCode()).isEqualTo("NO_OPENID");
        assertThat(browser.get("/sandbox/sms?mobile=" + mobile).status()).as("nothing was sent").isEqualTo(404);
    }

    @Test
    void a_disabled_users_wechat_account_cannot_log_in_with_a_fresh_mobile_and_keeps_its_openid() {
        User disabled = saveUserPort.insert(TestUsers.disabledUser().withOpenId(openId).withMobile("13000000000")
                .build());
        browser.signInWithWechat(openId, "n");
        assertThat(requestCode().status()).isEqualTo(200);

        Browser.Answer login = login(codeFromTheOutbox());

        assertThat(login.status()).isEqualTo(403);
        assertThat(login.errorCode()).isEqualTo("USER_DISABLED");
        assertThat(loadUserPort.findByOpenId(new OpenId(openId))).get().extracting(User::id).isEqualTo(disabled.id());
        assertThat(loadUserPort.findByMobile(new Mobile(mobile))).as("no new user for the fresh mobile").isEmpty();
    }

    @Test
    void a_body_past_16_kib_is_413_with_the_envelope_before_it_is_read() {
        browser.signInWithWechat(openId, "n");
        byte[] large = ("{\"mobile\": \"" + mobile + "\", \"code\": \"123456\", \"x\": \"" + "a".repeat(17 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        Browser.Answer answer = browser.postBytes("/wechat/login", large);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void browsers_without_a_session_start_wechat_sign_in_sixty_times_a_minute_from_one_network() {
        int started = 0;
        Browser.Answer refused = null;
        for (int i = 0; i < 70 && refused == null; i++) {
            Browser.Answer answer = browser.nextDoor().get("/wechat/oauth/authorize?redirect="
                    + URLEncoder.encode(browser.page(), StandardCharsets.UTF_8));
            if (answer.status() == 302) {
                started++;
            } else {
                refused = answer;
            }
        }

        assertThat(started).isEqualTo(60);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
        assertThat(new Browser(port).get("/wechat/oauth/authorize?redirect="
                + URLEncoder.encode(browser.page(), StandardCharsets.UTF_8)).status()).as("another network").isEqualTo(302);
    }

    @Test
    void no_session_id_sms_code_or_wechat_code_reaches_the_log(CapturedOutput output) {
        List<String> secrets = new ArrayList<>();
        String wechatAuthorize = browser.authorize(browser.page());
        secrets.add(cookieValue(browser.cookie()));
        String callbackUrl = browser.wechatCallback(wechatAuthorize, openId, "n");
        secrets.add(queryParameter(callbackUrl, "code"));
        secrets.add(queryParameter(callbackUrl, "state"));
        browser.get(callbackUrl);
        secrets.add(cookieValue(browser.cookie()));
        assertThat(requestCode().status()).isEqualTo(200);
        String code = codeFromTheOutbox();
        secrets.add(code);
        assertThat(login("000000").status()).isEqualTo(400);
        assertThat(login(code).status()).isEqualTo(200);
        secrets.add(cookieValue(browser.cookie()));
        browser.post("/wechat/logout", "");

        assertThat(output.getAll()).as("the log is captured").contains("[sms outbox] " + mobile);
        // the outbox prints codes by design: it is the local run's phone, not coinop
        List<String> coinopLines = output.getAll().lines().filter(line -> !line.contains("[sms outbox]")).toList();
        assertThat(secrets).hasSize(6).allSatisfy(secret -> assertThat(secret).isNotBlank());
        assertThat(coinopLines).as("log lines").allSatisfy(line ->
                assertThat(secrets).allSatisfy(secret -> assertThat(line).doesNotContain(secret)));
    }

    private static String cookieValue(String cookie) {
        return cookie.substring(cookie.indexOf('=') + 1);
    }

    private static String queryParameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + url);
    }

    /** The seed's geetest answer. */
    private record JsonChallenge(boolean success, String challenge, boolean newCaptcha) {
        static JsonChallenge of(Browser.Answer answer) {
            return new JsonChallenge(answer.result().get("success").asBoolean(), answer.result().get("challenge").asString(),
                    answer.result().get("new_captcha").asBoolean());
        }
    }
}
