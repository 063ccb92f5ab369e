package com.coinop.adapter.captcha.sms;

import com.coinop.adapter.captcha.sms.AliyunSmsSender.AliyunSmsRefusedException;
import com.coinop.adapter.captcha.sms.FakeAliyunSms.Answer;
import com.coinop.adapter.captcha.testing.FakeServers;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.user.Mobile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(OutputCaptureExtension.class)
class AliyunSmsSenderTest {

    private static final String ACCESS_KEY_ID = "LTAI5tTestAccessKeyId";
    private static final String ACCESS_KEY_SECRET = "test-access-key-secret";
    /** Chinese and a space: the percent-encoding of the signature has to be right for these. */
    private static final String SIGN_NAME = "投币 科技";
    private static final String TEMPLATE_CODE = "SMS_154950909";
    private static final Mobile MOBILE = new Mobile("13800138000");
    private static final String CODE = "482916";
    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    /** Far slower than the read timeout, so giving up in time cannot be confused with getting the answer. */
    private static final long SLOW_MILLIS = 10_000;
    /** "did not wait for the slow answer": generous for a loaded machine, far under SLOW_MILLIS. */
    private static final Duration BOUND = Duration.ofMillis(5_000);

    private FakeAliyunSms aliyun;
    private AliyunSmsSender sender;

    @BeforeEach
    void start() throws IOException {
        aliyun = new FakeAliyunSms(ACCESS_KEY_ID, ACCESS_KEY_SECRET);
        sender = new AliyunSmsSender(properties(aliyun.endpoint(), ACCESS_KEY_SECRET));
    }

    @AfterEach
    void stop() {
        aliyun.close();
    }

    @Test
    void send_code_calls_send_sms_signed_with_the_secret(CapturedOutput output) {
        aliyun.answer(Answer.ok("F655A8D5-B967-440B-8683-DAD6FF8DE990", "900619746936498440^0"));

        sender.sendCode(MOBILE, CODE);

        FakeAliyunSms.Received request = aliyun.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.action()).isEqualTo("SendSms");
        assertThat(request.version()).isEqualTo("2017-05-25");
        assertThat(request.params())
                .containsEntry("PhoneNumbers", "13800138000")
                .containsEntry("SignName", SIGN_NAME)
                .containsEntry("TemplateCode", TEMPLATE_CODE)
                .containsEntry("TemplateParam", "{\"code\":\"482916\"}")
                .doesNotContainValue(ACCESS_KEY_SECRET);
        assertThat(request.signedHeaders()).contains("x-acs-content-sha256");
        assertThat(aliyun.refusedSignatures()).isEmpty();
        assertThat(output).contains("138****8000").contains("F655A8D5-B967-440B-8683-DAD6FF8DE990")
                .doesNotContain(CODE).doesNotContain("13800138000");
    }

    @Test
    void each_call_carries_a_fresh_nonce_so_a_second_code_is_not_refused_as_a_replay() {
        sender.sendCode(MOBILE, CODE);
        sender.sendCode(MOBILE, "105723");

        assertThat(aliyun.received()).hasSize(2);
        assertThat(aliyun.received().get(1).params()).containsEntry("TemplateParam", "{\"code\":\"105723\"}");
    }

    @Test
    void a_refusal_code_is_a_dependency_failure_without_code_or_mobile_in_message_or_log(CapturedOutput output) {
        aliyun.answer(Answer.refused("isv.BUSINESS_LIMIT_CONTROL", "触发小时级流控Permits:5", "7C1D2E3F-AAAA-4BBB-8CCC-123456789ABC"));

        DependencyUnavailableException e = catchThrowableOfType(DependencyUnavailableException.class,
                () -> sender.sendCode(MOBILE, CODE));

        assertThat(e.dependency()).isEqualTo("sms");
        assertThat(e.getCause()).isInstanceOf(AliyunSmsRefusedException.class);
        AliyunSmsRefusedException refusal = (AliyunSmsRefusedException) e.getCause();
        assertThat(refusal.aliyunCode()).isEqualTo("isv.BUSINESS_LIMIT_CONTROL");
        assertThat(refusal.requestId()).isEqualTo("7C1D2E3F-AAAA-4BBB-8CCC-123456789ABC");
        assertNoSecretInChain(e);
        assertThat(output).contains("isv.BUSINESS_LIMIT_CONTROL").contains("7C1D2E3F-AAAA-4BBB-8CCC-123456789ABC")
                .contains("138****8000").doesNotContain(CODE).doesNotContain("13800138000");
    }

    @Test
    void a_refusal_message_quoting_the_mobile_and_code_is_scrubbed() {
        aliyun.answer(Answer.refused("isv.MOBILE_NUMBER_ILLEGAL", "13800138000 cannot receive 482916", "REQ-1"));

        DependencyUnavailableException e = catchThrowableOfType(DependencyUnavailableException.class,
                () -> sender.sendCode(MOBILE, CODE));

        assertThat(e.getCause()).hasMessageContaining("138****8000 cannot receive ******");
        assertNoSecretInChain(e);
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                Arguments.of("HTTP 500 with Aliyun's error JSON", Answer.status(500,
                        "{\"Code\":\"InternalError\",\"Message\":\"The request processing has failed due to some unknown error.\",\"RequestId\":\"R-500\"}")),
                Arguments.of("HTTP 500 with garbage", Answer.status(500, "<html>oops</html>")),
                Arguments.of("HTTP 502 empty", Answer.status(502, "")),
                Arguments.of("HTTP 200 with garbage", Answer.status(200, "<html>captive portal</html>")),
                Arguments.of("HTTP 200 without Code", Answer.status(200, "{\"RequestId\":\"R-200\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void a_bad_answer_is_a_dependency_failure(String name, Answer answer, CapturedOutput output) {
        aliyun.answer(answer);

        DependencyUnavailableException e = catchThrowableOfType(DependencyUnavailableException.class,
                () -> sender.sendCode(MOBILE, CODE));

        assertThat(e.dependency()).isEqualTo("sms");
        assertThat(aliyun.received()).hasSize(1);
        assertNoSecretInChain(e);
        assertThat(output).doesNotContain(CODE).doesNotContain("13800138000");
    }

    @Test
    void a_slow_server_fails_after_the_read_timeout_without_a_retry() {
        aliyun.answer(Answer.slow(SLOW_MILLIS, Answer.ok("R-SLOW", "B-SLOW")));

        long start = System.nanoTime();
        DependencyUnavailableException e = catchThrowableOfType(DependencyUnavailableException.class,
                () -> sender.sendCode(MOBILE, CODE));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e.dependency()).isEqualTo("sms");
        assertThat(took).isGreaterThanOrEqualTo(READ_TIMEOUT).isLessThan(BOUND);
        assertThat(aliyun.received()).hasSize(1);
        assertNoSecretInChain(e);
    }

    @Test
    void a_wrong_secret_is_refused_by_the_signature_check(CapturedOutput output) {
        AliyunSmsSender wrongSecret = new AliyunSmsSender(properties(aliyun.endpoint(), "not-the-secret"));

        DependencyUnavailableException e = catchThrowableOfType(DependencyUnavailableException.class,
                () -> wrongSecret.sendCode(MOBILE, CODE));

        assertThat(e.dependency()).isEqualTo("sms");
        assertThat(aliyun.received()).isEmpty();
        assertThat(aliyun.refusedSignatures()).singleElement().asString().startsWith("SignatureDoesNotMatch");
        assertThat(output).contains("SignatureDoesNotMatch");
        assertNoSecretInChain(e);
    }

    @Test
    void an_unknown_access_key_is_refused() {
        AliyunSmsProperties other = new AliyunSmsProperties("LTAI5tSomeoneElse", ACCESS_KEY_SECRET, SIGN_NAME,
                TEMPLATE_CODE, aliyun.endpoint(), "http", Duration.ofSeconds(1), READ_TIMEOUT);

        assertThatThrownBy(() -> new AliyunSmsSender(other).sendCode(MOBILE, CODE))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(aliyun.refusedSignatures()).singleElement().asString().startsWith("InvalidAccessKeyId");
    }

    @Test
    void an_unreachable_endpoint_is_a_dependency_failure() {
        AliyunSmsSender unreachable = new AliyunSmsSender(properties("127.0.0.1:" + FakeServers.closedPort(), ACCESS_KEY_SECRET));

        DependencyUnavailableException e = catchThrowableOfType(DependencyUnavailableException.class,
                () -> unreachable.sendCode(MOBILE, CODE));

        assertThat(e.dependency()).isEqualTo("sms");
        assertNoSecretInChain(e);
    }

    private static AliyunSmsProperties properties(String endpoint, String secret) {
        return new AliyunSmsProperties(ACCESS_KEY_ID, secret, SIGN_NAME, TEMPLATE_CODE, endpoint, "http",
                Duration.ofSeconds(1), READ_TIMEOUT);
    }

    /** The whole chain, as a 503 handler would log it: message, toString and every cause. */
    private static void assertNoSecretInChain(Throwable e) {
        List<String> texts = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
        }
        assertThat(texts).noneMatch(text -> text.contains(CODE))
                .noneMatch(text -> text.contains("13800138000"))
                .noneMatch(text -> text.contains(ACCESS_KEY_SECRET));
    }
}
