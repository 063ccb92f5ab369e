package com.coinop.adapter.captcha.sms;

import com.aliyun.dysmsapi20170525.Client;
import com.aliyun.dysmsapi20170525.models.SendSmsRequest;
import com.aliyun.dysmsapi20170525.models.SendSmsResponse;
import com.aliyun.dysmsapi20170525.models.SendSmsResponseBody;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.domain.user.Mobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Sends the sign-in code through Aliyun SMS (dysmsapi 2017-05-25 SendSms) with Aliyun's official SDK.
 *
 * <p>Neither the code nor the full mobile number may reach a log line or an exception message: the web
 * adapter logs the {@link DependencyUnavailableException} it turns into a 503, with its causes. So the
 * SDK's exceptions, whose messages and data can quote the request, are never chained as they are; see
 * {@link #scrubbed}.
 */
public class AliyunSmsSender implements SmsSenderPort {

    private static final Logger log = LoggerFactory.getLogger(AliyunSmsSender.class);

    static final String DEPENDENCY = "sms";
    private static final String OK = "OK";
    private static final String CODE_MASK = "******";
    private static final int MAX_LOGGED_TEXT = 200;

    private final AliyunSmsProperties properties;
    private final Client client;
    private final RuntimeOptions runtime;
    private final ObjectMapper json = JsonMapper.builder().build();

    public AliyunSmsSender(AliyunSmsProperties properties) {
        this.properties = properties;
        Config config = new Config()
                .setAccessKeyId(properties.accessKeyId())
                .setAccessKeySecret(properties.accessKeySecret())
                .setEndpoint(properties.endpoint())
                .setProtocol(properties.protocol())
                .setConnectTimeout(Math.toIntExact(properties.connectTimeout().toMillis()))
                .setReadTimeout(Math.toIntExact(properties.readTimeout().toMillis()));
        try {
            this.client = new Client(config);
        } catch (Exception e) {
            throw new IllegalStateException("Aliyun SMS client cannot be built for endpoint " + properties.endpoint(), e);
        }
        // no SDK retries: a retried SendSms can deliver the code twice, and the user can ask again anyway;
        // the timeouts repeat here because per-call options override the client's
        this.runtime = new RuntimeOptions()
                .setAutoretry(false)
                .setMaxAttempts(1)
                .setConnectTimeout(Math.toIntExact(properties.connectTimeout().toMillis()))
                .setReadTimeout(Math.toIntExact(properties.readTimeout().toMillis()));
        log.info("Aliyun SMS with sign {} and template {} at {}://{} (connect {}, read {})", properties.signName(),
                properties.templateCode(), properties.protocol(), properties.endpoint(), properties.connectTimeout(),
                properties.readTimeout());
    }

    @Override
    public void sendCode(Mobile mobile, String code) {
        SendSmsRequest request = new SendSmsRequest()
                .setPhoneNumbers(mobile.value())
                .setSignName(properties.signName())
                .setTemplateCode(properties.templateCode())
                // built by Jackson, not by concatenation, so the value is always valid JSON
                .setTemplateParam(json.writeValueAsString(Map.of("code", code)));
        SendSmsResponseBody body;
        try {
            SendSmsResponse response = client.sendSmsWithOptions(request, runtime);
            body = response == null ? null : response.getBody();
        } catch (TeaException e) {
            // Aliyun answered with an error status (signature, access key, throttling of the API itself)
            log.warn("Aliyun SMS to {} failed: HTTP {} {} (request id {})", mobile, e.getStatusCode(), e.getCode(),
                    requestId(e));
            throw new DependencyUnavailableException(DEPENDENCY, scrubbed(e, mobile, code));
        } catch (Exception e) {
            // transport: refused connection, timeout, TLS, or an answer that is not JSON
            log.warn("Aliyun SMS to {} failed: {}", mobile, oneLine(scrub(e.toString(), mobile, code)));
            throw new DependencyUnavailableException(DEPENDENCY, scrubbed(e, mobile, code));
        }
        if (body == null || !OK.equals(body.getCode())) {
            String aliyunCode = body == null || body.getCode() == null ? "(no Code)" : body.getCode();
            String requestId = body == null ? null : body.getRequestId();
            String message = body == null || body.getMessage() == null ? "" : oneLine(scrub(body.getMessage(), mobile, code));
            // isv.BUSINESS_LIMIT_CONTROL, isv.MOBILE_NUMBER_ILLEGAL, isv.AMOUNT_NOT_ENOUGH …: Aliyun said no
            log.warn("Aliyun SMS to {} refused: {} {} (request id {})", mobile, aliyunCode, message, requestId);
            throw new DependencyUnavailableException(DEPENDENCY, new AliyunSmsRefusedException(
                    "Aliyun SendSms to " + mobile.masked() + " refused: " + aliyunCode + " " + message
                            + " (request id " + requestId + ")", aliyunCode, requestId));
        }
        log.info("SMS code sent to {} (Aliyun request id {}, biz id {})", mobile, body.getRequestId(), body.getBizId());
    }

    private static Object requestId(TeaException e) {
        Map<String, Object> data = e.getData();
        return data == null ? null : data.get("RequestId");
    }

    /**
     * A copy of the exception chain with the code and the full mobile taken out of every message; class
     * names and stack traces stay, so the log still shows what failed where.
     */
    static Throwable scrubbed(Throwable original, Mobile mobile, String code) {
        Throwable cause = original.getCause() == null || original.getCause() == original
                ? null : scrubbed(original.getCause(), mobile, code);
        String message = original.getClass().getName()
                + (original.getMessage() == null ? "" : ": " + scrub(original.getMessage(), mobile, code));
        Throwable copy = new ScrubbedException(message, cause);
        copy.setStackTrace(original.getStackTrace());
        return copy;
    }

    /** The SDK quotes a non-JSON answer whole (an HTML error page): keep the log line a line. */
    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_LOGGED_TEXT ? flat : flat.substring(0, MAX_LOGGED_TEXT) + "…";
    }

    private static String scrub(String text, Mobile mobile, String code) {
        String result = text.replace(mobile.value(), mobile.masked());
        return code == null || code.isEmpty() ? result : result.replace(code, CODE_MASK);
    }

    /** Aliyun answered SendSms with a code other than OK. */
    public static final class AliyunSmsRefusedException extends RuntimeException {

        private final String aliyunCode;
        private final String requestId;

        AliyunSmsRefusedException(String message, String aliyunCode, String requestId) {
            super(message);
            this.aliyunCode = aliyunCode;
            this.requestId = requestId;
        }

        /** Aliyun's error code, e.g. {@code isv.BUSINESS_LIMIT_CONTROL}. */
        public String aliyunCode() {
            return aliyunCode;
        }

        /** Aliyun's request id, what Aliyun support asks for. */
        public String requestId() {
            return requestId;
        }
    }

    /** Stands in for an SDK exception whose message may have quoted the code or the mobile. */
    static final class ScrubbedException extends RuntimeException {

        ScrubbedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
