package com.coinop.adapter.captcha.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.coinop.adapter.captcha.testing.FakeServers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for dysmsapi.aliyuncs.com: checks the ACS3-HMAC-SHA256 signature of every request with
 * the account's secret, as Aliyun's gateway does, then answers SendSms like Aliyun, recording what it got.
 */
final class FakeAliyunSms implements AutoCloseable {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";

    /** One request that passed the signature check. */
    record Received(String method, String path, String action, String version, Map<String, String> params,
                    String signedHeaders) {
    }

    /** How SendSms answers once the signature is good. */
    record Answer(int status, String body, long delayMillis) {

        static Answer ok(String requestId, String bizId) {
            return new Answer(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"" + bizId + "\",\"RequestId\":\""
                    + requestId + "\"}", 0);
        }

        /** Business refusals come back as HTTP 200 with the reason in Code. */
        static Answer refused(String code, String message, String requestId) {
            return new Answer(200, "{\"Code\":\"" + code + "\",\"Message\":\"" + message + "\",\"RequestId\":\""
                    + requestId + "\"}", 0);
        }

        static Answer status(int status, String body) {
            return new Answer(status, body, 0);
        }

        static Answer slow(long millis, Answer answer) {
            return new Answer(answer.status(), answer.body(), millis);
        }
    }

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(\\S+) Credential=([^,]*),SignedHeaders=([^,]*),Signature=([0-9a-f]+)");
    /** The headers Aliyun's gateway insists on seeing signed. */
    private static final Set<String> MUST_SIGN = Set.of("host", "x-acs-action", "x-acs-version", "x-acs-date",
            "x-acs-signature-nonce", "x-acs-content-sha256");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(15);

    private final String accessKeyId;
    private final String accessKeySecret;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> refusedSignatures = new CopyOnWriteArrayList<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private volatile Answer answer = Answer.ok("0A1B2C3D-0000-4000-8000-000000000000", "900619746936498440^0");

    FakeAliyunSms(String accessKeyId, String accessKeySecret) throws IOException {
        this.accessKeyId = accessKeyId;
        this.accessKeySecret = accessKeySecret;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // a slow answer must not hold up the next test's request
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** What {@code coinop.sms.aliyun.endpoint} should be. */
    String endpoint() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(Answer answer) {
        this.answer = answer;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected one signed request but got " + received + ", refused " + refusedSignatures);
        }
        return received.get(0);
    }

    /** Why requests were refused before reaching SendSms. */
    List<String> refusedSignatures() {
        return List.copyOf(refusedSignatures);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> params = FakeServers.parameters(exchange.getRequestURI().getRawQuery());
            String refusal = signatureProblem(exchange, params, body);
            if (refusal != null) {
                refusedSignatures.add(refusal);
                String code = refusal.startsWith("InvalidAccessKeyId") ? "InvalidAccessKeyId.NotFound"
                        : refusal.startsWith("SignatureNonceUsed") ? "SignatureNonceUsed" : "SignatureDoesNotMatch";
                int status = code.startsWith("InvalidAccessKeyId") ? 404 : 400;
                send(exchange, new Answer(status, "{\"RequestId\":\"" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT)
                        + "\",\"HostId\":\"dysmsapi.aliyuncs.com\",\"Code\":\"" + code
                        + "\",\"Message\":\"Specified signature does not match our calculation.\"}", 0));
                return;
            }
            Map<String, String> lower = lowerCaseHeaders(exchange);
            String authorization = lower.get("authorization");
            Matcher m = AUTHORIZATION.matcher(authorization);
            m.matches();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    lower.get("x-acs-action"), lower.get("x-acs-version"), params, m.group(3)));
            send(exchange, answer);
        } catch (IOException e) {
            // the client gave up (read timeout) and closed the connection: what the slow test wants
        }
    }

    /** Null when the request is signed by the configured key, else the reason Aliyun would refuse it. */
    private String signatureProblem(HttpExchange exchange, Map<String, String> params, byte[] body) {
        Map<String, String> headers = lowerCaseHeaders(exchange);
        String authorization = headers.get("authorization");
        if (authorization == null) {
            return "SignatureDoesNotMatch: no Authorization header";
        }
        Matcher m = AUTHORIZATION.matcher(authorization);
        if (!m.matches() || !ALGORITHM.equals(m.group(1))) {
            return "SignatureDoesNotMatch: not " + ALGORITHM + ": " + authorization;
        }
        if (!accessKeyId.equals(m.group(2))) {
            return "InvalidAccessKeyId: " + m.group(2);
        }
        String signedHeaders = m.group(3);
        List<String> signed = Arrays.asList(signedHeaders.split(";"));
        if (!signed.containsAll(MUST_SIGN)) {
            return "SignatureDoesNotMatch: signed headers " + signed + " lack some of " + MUST_SIGN;
        }
        String payloadHash = hex(sha256(body));
        if (!payloadHash.equals(headers.get("x-acs-content-sha256"))) {
            return "SignatureDoesNotMatch: x-acs-content-sha256 is not the body's hash";
        }
        Instant date = Instant.parse(headers.get("x-acs-date"));
        if (Duration.between(date, Instant.now()).abs().compareTo(CLOCK_SKEW) > 0) {
            return "SignatureDoesNotMatch: x-acs-date too far off: " + date;
        }
        if (!nonces.add(headers.get("x-acs-signature-nonce"))) {
            return "SignatureNonceUsed: " + headers.get("x-acs-signature-nonce");
        }
        // canonical headers are sorted by name; SignedHeaders enters the canonical request as the client sent it
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : new TreeSet<>(signed)) {
            String value = headers.get(name);
            if (value == null) {
                return "SignatureDoesNotMatch: signed header " + name + " not sent";
            }
            canonicalHeaders.append(name).append(':').append(value.strip()).append('\n');
        }
        String canonicalQuery = new TreeMap<>(params).entrySet().stream()
                .map(e -> percentEncode(e.getKey()) + "=" + percentEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        String path = exchange.getRequestURI().getRawPath();
        String canonicalRequest = exchange.getRequestMethod() + "\n" + (path.isEmpty() ? "/" : path) + "\n"
                + canonicalQuery + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash;
        String stringToSign = ALGORITHM + "\n" + hex(sha256(canonicalRequest.getBytes(UTF_8)));
        String expected = hex(hmacSha256(accessKeySecret, stringToSign));
        if (!MessageDigest.isEqual(expected.getBytes(UTF_8), m.group(4).getBytes(UTF_8))) {
            return "SignatureDoesNotMatch: server string to sign is " + stringToSign.replace('\n', '|');
        }
        return null;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        FakeServers.pause(answer.delayMillis());
        byte[] bytes = answer.body().getBytes(UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.getResponseHeaders().set("x-acs-request-id", "fake");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> lowerCaseHeaders(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        return headers;
    }

    /** RFC 3986 unreserved characters stay, everything else is %XX in upper case; the POP rule. */
    static String percentEncode(String value) {
        return URLEncoder.encode(value, UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmacSha256(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
