package com.coinop.adapter.captcha.geetest;

import com.coinop.application.signin.port.out.CaptchaAnswer;
import com.coinop.application.signin.port.out.CaptchaChallenge;
import com.coinop.application.signin.port.out.CaptchaClient;
import com.coinop.application.signin.port.out.CaptchaPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Geetest v3 over HTTP, speaking the protocol of GeeTeam's gt3-server-*-sdk 3.1 (register.php with
 * digestmod=md5, validate.php with json_format=1) and falling back to local challenges when Geetest is
 * down.
 *
 * <p>Failure choices, all taken from that SDK ({@code GeetestLib.register/successValidate/failValidate}):
 * <ul>
 *   <li>register: Geetest unreachable, slower than {@code timeout}, non-200, not JSON, or a challenge that
 *       is missing, empty or "0" gives a failback challenge ({@code serverUp=false}); it never throws.</li>
 *   <li>verify with {@code serverUp}: Geetest unreachable, slow or answering garbage at validate time is a
 *       refusal ({@code false}), as the SDK's "请求极验validate接口失败" branch; it never throws, so the
 *       user simply solves a new captcha.</li>
 *   <li>verify without {@code serverUp}: the failback rule, see {@link #verify}.</li>
 * </ul>
 */
public class GeetestCaptchaAdapter implements CaptchaPort {

    private static final Logger log = LoggerFactory.getLogger(GeetestCaptchaAdapter.class);

    /** Sent as {@code sdk}: Geetest keys its answer format on the SDK generation; this is the 3.1 protocol. */
    static final String SDK_VERSION = "java-coinop:3.1.0";

    /** The page runs in WeChat's in-app browser, which Geetest calls "h5" (not "web", not "native"). */
    static final String CLIENT_TYPE = "h5";

    private static final String JSON_FORMAT = "1";

    /** Real answers are a few dozen characters; anything far longer is not from Geetest's script. */
    private static final int MAX_ANSWER_FIELD_LENGTH = 256;

    private final GeetestProperties properties;
    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final SecureRandom random = new SecureRandom();

    public GeetestCaptchaAdapter(GeetestProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                // plain HTTP/1.1: no h2c upgrade round-trip eating into a 2 s budget
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        if (properties.configured()) {
            log.info("Geetest captcha {} at {} (timeout {})", properties.captchaId(), properties.baseUrl(), properties.timeout());
        } else {
            log.warn("coinop.geetest.captcha-id / private-key not set: every captcha runs in failback mode, answers are not checked by Geetest");
        }
    }

    @Override
    public CaptchaChallenge register(CaptchaClient client) {
        if (!properties.configured()) {
            return failback();
        }
        return requestRegister(client)
                .map(origin -> new CaptchaChallenge(true, properties.captchaId(), md5Hex(origin + properties.privateKey()), true))
                .orElseGet(this::failback);
    }

    /**
     * Whether the answer solves the challenge. Blank, over-long or non-printable fields are refused
     * before any HTTP call. With {@code serverUp} Geetest's validate.php decides; if it cannot be asked
     * (down, slow, garbage) the answer is refused. Without {@code serverUp} the failback rule of
     * gt3-server-*-sdk 3.1 {@code failValidate} applies: the three fields present is enough, because a
     * locally made challenge carries nothing Geetest signed (the older php/python 3.0 SDKs compared
     * {@code validate} with md5(challenge), a value the page computes itself, so it proves nothing either).
     */
    @Override
    public boolean verify(CaptchaAnswer answer, CaptchaClient client, boolean serverUp) {
        if (answer == null || !wellFormed(answer.challenge()) || !wellFormed(answer.validate()) || !wellFormed(answer.seccode())) {
            return false;
        }
        if (!serverUp) {
            return true;
        }
        if (!properties.configured()) {
            // a serverUp challenge from before the keys were removed: nobody can check it, so nobody passes
            log.warn("Geetest answer for a serverUp challenge refused: no Geetest account configured");
            return false;
        }
        return requestValidate(answer, client);
    }

    private Optional<String> requestRegister(CaptchaClient client) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("gt", properties.captchaId());
        params.put("digestmod", GeetestProperties.DIGESTMOD);
        params.put("json_format", JSON_FORMAT);
        params.put("sdk", SDK_VERSION);
        // 3.1 SDKs leave new_captcha out of register; the 3.0 ones send 1 to ask for the v3 widget
        params.put("new_captcha", "1");
        params.put("user_id", client.userId());
        params.put("client_type", CLIENT_TYPE);
        params.put("ip_address", client.ip());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("register.php") + "?" + urlEncoded(params)))
                .timeout(properties.timeout())
                .GET()
                .build();
        return exchange(request, "register")
                .flatMap(body -> stringField(body, "challenge", "register"))
                .filter(challenge -> {
                    // empty or "0" is how Geetest says it cannot serve a challenge now
                    boolean usable = !challenge.isBlank() && !"0".equals(challenge);
                    if (!usable) {
                        log.warn("Geetest register answered challenge \"{}\": failback", challenge);
                    }
                    return usable;
                });
    }

    private boolean requestValidate(CaptchaAnswer answer, CaptchaClient client) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("seccode", answer.seccode());
        params.put("json_format", JSON_FORMAT);
        params.put("challenge", answer.challenge());
        params.put("sdk", SDK_VERSION);
        params.put("captchaid", properties.captchaId());
        params.put("user_id", client.userId());
        params.put("client_type", CLIENT_TYPE);
        params.put("ip_address", client.ip());
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint("validate.php")))
                .timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(params), UTF_8))
                .build();
        // the SDK's rule: a non-empty seccode other than "false" is a pass
        return exchange(request, "validate")
                .flatMap(body -> stringField(body, "seccode", "validate"))
                .filter(seccode -> !seccode.isEmpty() && !"false".equals(seccode))
                .isPresent();
    }

    /** The body of a 200 answer, or empty when Geetest failed us in any way within the timeout. */
    private Optional<String> exchange(HttpRequest request, String call) {
        Duration timeout = properties.timeout();
        CompletableFuture<HttpResponse<String>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        try {
            // the request timeout only covers the wait for headers; this bounds the body as well
            HttpResponse<String> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                log.warn("Geetest {} answered HTTP {}", call, response.statusCode());
                return Optional.empty();
            }
            return Optional.of(response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            log.warn("Geetest {} did not answer within {}", call, timeout);
            return Optional.empty();
        } catch (ExecutionException e) {
            log.warn("Geetest {} unreachable: {}", call, e.getCause() == null ? e.toString() : e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<String> stringField(String body, String field, String call) {
        try {
            JsonNode value = json.readTree(body).path(field);
            if (value.isString()) {
                return Optional.of(value.stringValue());
            }
        } catch (JacksonException e) {
            // fall through: not JSON is the same failure as JSON without the field
        }
        log.warn("Geetest {} answered without a string \"{}\"", call, field);
        return Optional.empty();
    }

    /** A failback challenge like the 3.1 Java SDK's (32 lowercase hex characters), but from SecureRandom. */
    private CaptchaChallenge failback() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String gt = properties.configured() ? properties.captchaId() : "";
        return new CaptchaChallenge(false, gt, HexFormat.of().formatHex(bytes), true);
    }

    private String endpoint(String file) {
        String base = properties.baseUrl().toString();
        return (base.endsWith("/") ? base : base + "/") + file;
    }

    private static boolean wellFormed(String field) {
        if (field == null || field.isBlank() || field.length() > MAX_ANSWER_FIELD_LENGTH) {
            return false;
        }
        // Geetest's script answers in printable ASCII; anything else is forged and not worth a round-trip
        return field.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private static String urlEncoded(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String md5Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(value.getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has MD5", e);
        }
    }
}
