package com.coinop.adapter.captcha.geetest;

import com.coinop.adapter.captcha.geetest.FakeGeetest.Answer;
import com.coinop.adapter.captcha.testing.FakeServers;
import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class GeetestCaptchaAdapterTest {

    private static final String CAPTCHA_ID = "0123456789abcdef0123456789abcdef";
    private static final String PRIVATE_KEY = "my-private-key";
    private static final String ORIGIN_CHALLENGE = "4f1c8b6a2e9d0c7b5a3f1e2d4c6b8a0f";
    /** md5(ORIGIN_CHALLENGE + PRIVATE_KEY), computed outside Java with md5sum. */
    private static final String PROCESSED_CHALLENGE = "e807a37e7b887205419bbac3c4ee8ee6";
    private static final String SECCODE = "abc|jordan";
    /** md5(SECCODE), what validate.php answers for a passed captcha. */
    private static final String SECCODE_MD5 = "c2e01ee0342ad8a37c2e943ba1d7222a";
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** Far slower than the timeout, so giving up in time cannot be confused with getting the answer. */
    private static final long SLOW_MILLIS = 10_000;
    /** "did not wait for the slow answer": generous for a loaded machine, far under SLOW_MILLIS. */
    private static final Duration BOUND = Duration.ofMillis(5_000);

    private static final CaptchaClient CLIENT = new CaptchaClient("session-hash-42", "203.0.113.7");
    private static final CaptchaAnswer ANSWER = new CaptchaAnswer(PROCESSED_CHALLENGE + "ab", "0f0e0d0c0b0a09080706050403020100", SECCODE);

    private FakeGeetest geetest;
    private GeetestCaptchaAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        geetest = new FakeGeetest();
        adapter = new GeetestCaptchaAdapter(new GeetestProperties(CAPTCHA_ID, PRIVATE_KEY, geetest.baseUrl(), TIMEOUT));
    }

    @AfterEach
    void stop() {
        geetest.close();
    }

    @Test
    void register_sends_the_sdk_parameters_and_signs_the_challenge_with_the_private_key() {
        geetest.onRegister(Answer.json("{\"success\":1,\"challenge\":\"" + ORIGIN_CHALLENGE + "\"}"));

        CaptchaChallenge challenge = adapter.register(CLIENT);

        assertThat(challenge).isEqualTo(new CaptchaChallenge(true, CAPTCHA_ID, PROCESSED_CHALLENGE, true));
        FakeGeetest.Received request = geetest.only("/register.php");
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.params())
                .containsEntry("gt", CAPTCHA_ID)
                .containsEntry("digestmod", "md5")
                .containsEntry("json_format", "1")
                .containsEntry("new_captcha", "1")
                .containsEntry("user_id", "session-hash-42")
                .containsEntry("client_type", "h5")
                .containsEntry("ip_address", "203.0.113.7")
                .containsKey("sdk")
                .doesNotContainValue(PRIVATE_KEY);
    }

    static java.util.stream.Stream<Arguments> registerFailures() {
        return java.util.stream.Stream.of(
                Arguments.of("challenge 0", Answer.json("{\"success\":0,\"challenge\":\"0\"}")),
                Arguments.of("empty challenge", Answer.json("{\"success\":0,\"challenge\":\"\"}")),
                Arguments.of("no challenge", Answer.json("{\"success\":1}")),
                Arguments.of("numeric challenge", Answer.json("{\"challenge\":123456}")),
                Arguments.of("not JSON", Answer.json("<html>bad gateway</html>")),
                Arguments.of("empty body", Answer.json("")),
                Arguments.of("HTTP 500 with a challenge", Answer.status(500, "{\"challenge\":\"" + ORIGIN_CHALLENGE + "\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registerFailures")
    void register_falls_back_to_a_local_challenge_when_geetest_answers_badly(String name, Answer answer) {
        geetest.onRegister(answer);

        CaptchaChallenge challenge = adapter.register(CLIENT);

        assertFailback(challenge);
        assertThat(geetest.received()).hasSize(1);
    }

    @Test
    void register_falls_back_within_the_timeout_when_geetest_is_slow_to_answer() {
        geetest.onRegister(Answer.slowHeaders(SLOW_MILLIS, "{\"challenge\":\"" + ORIGIN_CHALLENGE + "\"}"));

        long start = System.nanoTime();
        CaptchaChallenge challenge = adapter.register(CLIENT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertFailback(challenge);
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(BOUND);
    }

    @Test
    void register_falls_back_within_the_timeout_when_geetest_sends_headers_then_stalls() {
        geetest.onRegister(Answer.slowBody(SLOW_MILLIS, "{\"challenge\":\"" + ORIGIN_CHALLENGE + "\"}"));

        long start = System.nanoTime();
        CaptchaChallenge challenge = adapter.register(CLIENT);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertFailback(challenge);
        assertThat(took).isLessThan(BOUND);
    }

    @Test
    void register_falls_back_when_geetest_is_unreachable() {
        GeetestCaptchaAdapter unreachable = new GeetestCaptchaAdapter(
                new GeetestProperties(CAPTCHA_ID, PRIVATE_KEY, URI.create("http://127.0.0.1:" + FakeServers.closedPort()), TIMEOUT));

        assertFailback(unreachable.register(CLIENT));
    }

    @Test
    void failback_challenges_are_random() {
        geetest.onRegister(Answer.json("{\"challenge\":\"0\"}"));

        assertThat(adapter.register(CLIENT).challenge()).isNotEqualTo(adapter.register(CLIENT).challenge());
    }

    @Test
    void verify_passes_when_validate_php_returns_a_seccode_and_sends_the_sdk_parameters() {
        geetest.onValidate(Answer.json("{\"seccode\":\"" + SECCODE_MD5 + "\"}"));

        assertThat(adapter.verify(ANSWER, CLIENT, true)).isTrue();

        FakeGeetest.Received request = geetest.only("/validate.php");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.params())
                .containsEntry("seccode", SECCODE)
                .containsEntry("challenge", ANSWER.challenge())
                .containsEntry("json_format", "1")
                .containsEntry("captchaid", CAPTCHA_ID)
                .containsEntry("user_id", "session-hash-42")
                .containsEntry("client_type", "h5")
                .containsEntry("ip_address", "203.0.113.7")
                .containsKey("sdk")
                .doesNotContainValue(PRIVATE_KEY);
    }

    @Test
    void verify_refuses_when_validate_php_says_false() {
        geetest.onValidate(Answer.json("{\"seccode\":\"false\"}"));

        assertThat(adapter.verify(ANSWER, CLIENT, true)).isFalse();
        assertThat(geetest.received()).hasSize(1);
    }

    static java.util.stream.Stream<Arguments> validateFailures() {
        return java.util.stream.Stream.of(
                Arguments.of("empty seccode", Answer.json("{\"seccode\":\"\"}")),
                Arguments.of("no seccode", Answer.json("{\"result\":\"ok\"}")),
                Arguments.of("seccode not a string", Answer.json("{\"seccode\":true}")),
                Arguments.of("not JSON", Answer.json("success")),
                Arguments.of("HTTP 502 with a seccode", Answer.status(502, "{\"seccode\":\"" + SECCODE_MD5 + "\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validateFailures")
    void verify_refuses_when_validate_php_answers_garbage(String name, Answer answer) {
        geetest.onValidate(answer);

        assertThat(adapter.verify(ANSWER, CLIENT, true)).isFalse();
        assertThat(geetest.received()).hasSize(1);
    }

    @Test
    void verify_refuses_within_the_timeout_when_validate_php_is_slow() {
        geetest.onValidate(Answer.slowHeaders(SLOW_MILLIS, "{\"seccode\":\"" + SECCODE_MD5 + "\"}"));

        long start = System.nanoTime();
        boolean passed = adapter.verify(ANSWER, CLIENT, true);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(passed).isFalse();
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(BOUND);
    }

    @Test
    void verify_refuses_when_validate_php_is_unreachable() {
        GeetestCaptchaAdapter unreachable = new GeetestCaptchaAdapter(
                new GeetestProperties(CAPTCHA_ID, PRIVATE_KEY, URI.create("http://127.0.0.1:" + FakeServers.closedPort()), TIMEOUT));

        assertThat(unreachable.verify(ANSWER, CLIENT, true)).isFalse();
    }

    @Test
    void failback_verify_passes_a_complete_answer_without_asking_geetest() {
        geetest.onValidate(Answer.json("{\"seccode\":\"false\"}"));

        assertThat(adapter.verify(ANSWER, CLIENT, false)).isTrue();
        assertThat(geetest.received()).isEmpty();
    }

    @Test
    void failback_verify_refuses_an_answer_with_a_missing_field() {
        assertThat(adapter.verify(new CaptchaAnswer(ANSWER.challenge(), ANSWER.validate(), " "), CLIENT, false)).isFalse();
        assertThat(adapter.verify(new CaptchaAnswer(ANSWER.challenge(), null, SECCODE), CLIENT, false)).isFalse();
        assertThat(adapter.verify(new CaptchaAnswer("", ANSWER.validate(), SECCODE), CLIENT, false)).isFalse();
    }

    static java.util.stream.Stream<Arguments> badAnswers() {
        String ok = ANSWER.validate();
        return java.util.stream.Stream.of(
                Arguments.of("null answer", null),
                Arguments.of("null challenge", new CaptchaAnswer(null, ok, SECCODE)),
                Arguments.of("blank challenge", new CaptchaAnswer("   ", ok, SECCODE)),
                Arguments.of("empty validate", new CaptchaAnswer(PROCESSED_CHALLENGE, "", SECCODE)),
                Arguments.of("null seccode", new CaptchaAnswer(PROCESSED_CHALLENGE, ok, null)),
                Arguments.of("control character", new CaptchaAnswer(PROCESSED_CHALLENGE, ok + "\n", SECCODE)),
                Arguments.of("non-ASCII", new CaptchaAnswer(PROCESSED_CHALLENGE, ok, "验证|jordan")),
                Arguments.of("too long", new CaptchaAnswer(PROCESSED_CHALLENGE + "a".repeat(300), ok, SECCODE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void blank_or_malformed_answers_are_refused_without_any_http_call(String name, CaptchaAnswer answer) {
        geetest.onValidate(Answer.json("{\"seccode\":\"" + SECCODE_MD5 + "\"}"));

        assertThat(adapter.verify(answer, CLIENT, true)).isFalse();
        assertThat(adapter.verify(answer, CLIENT, false)).isFalse();
        assertThat(geetest.received()).isEmpty();
    }

    @Test
    void without_keys_register_is_failback_and_nothing_is_sent() {
        geetest.onRegister(Answer.json("{\"challenge\":\"" + ORIGIN_CHALLENGE + "\"}"));
        geetest.onValidate(Answer.json("{\"seccode\":\"" + SECCODE_MD5 + "\"}"));
        GeetestCaptchaAdapter unconfigured = new GeetestCaptchaAdapter(new GeetestProperties(null, "", geetest.baseUrl(), TIMEOUT));

        CaptchaChallenge challenge = unconfigured.register(CLIENT);

        assertThat(challenge.serverUp()).isFalse();
        assertThat(challenge.challenge()).matches("[0-9a-f]{32}");
        assertThat(challenge.newCaptcha()).isTrue();
        assertThat(unconfigured.verify(ANSWER, CLIENT, false)).isTrue();
        // a serverUp challenge cannot be checked without an account: refused, and still no call
        assertThat(unconfigured.verify(ANSWER, CLIENT, true)).isFalse();
        assertThat(geetest.received()).isEmpty();
    }

    private static void assertFailback(CaptchaChallenge challenge) {
        assertThat(challenge.serverUp()).isFalse();
        assertThat(challenge.gt()).isEqualTo(CAPTCHA_ID);
        assertThat(challenge.newCaptcha()).isTrue();
        assertThat(challenge.challenge()).matches("[0-9a-f]{32}").isNotEqualTo(PROCESSED_CHALLENGE);
    }
}
