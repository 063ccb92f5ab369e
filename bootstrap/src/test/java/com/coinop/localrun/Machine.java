package com.coinop.localrun;

import com.coinop.application.device.service.DeviceSignatures;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A machine calling coinop's machines' API over HTTP as its firmware would: each request signed with its
 * secret at the time of {@code clock}, with a fresh nonce (or the one given, to replay).
 */
final class Machine {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final DeviceId id;
    private final DeviceSecret secret;
    private final Clock clock;

    Machine(int port, DeviceId id, DeviceSecret secret, Clock clock) {
        this.base = "http://127.0.0.1:" + port;
        this.id = id;
        this.secret = secret;
        this.clock = clock;
    }

    /** One answer: the status, the body as sent, and the parsed envelope. */
    record Answer(int status, String body, JsonNode json) {

        JsonNode result() {
            return json.get("result");
        }

        String errorCode() {
            return json.get("error_code").asString();
        }
    }

    /** A signed request as sent, so a test can send it again. */
    record Signed(String path, String body, String timestamp, String nonce, String signature) {
    }

    Answer heartbeat(String messageId) {
        return send(sign("/device/v1/heartbeat", "{\"message_id\":\"" + messageId + "\"}"));
    }

    Answer stop(String messageId, long session) {
        return send(sign("/device/v1/stop", "{\"message_id\":\"" + messageId + "\",\"session_id\":" + session + "}"));
    }

    Signed sign(String path, String body) {
        return signAt(path, body, clock.instant().getEpochSecond());
    }

    Signed signAt(String path, String body, long epochSecond) {
        String timestamp = String.valueOf(epochSecond);
        String nonce = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        return new Signed(path, body, timestamp, nonce, DeviceSignatures.sign(secret, "POST", path, timestamp, nonce,
                body.getBytes(StandardCharsets.UTF_8)));
    }

    Answer send(Signed signed) {
        return send(signed, String.valueOf(id.value()));
    }

    /** Sends {@code signed} naming the machine {@code deviceId} (another's, to impersonate it). */
    Answer send(Signed signed, String deviceId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + signed.path()))
                .header("Content-Type", "application/json")
                .header("X-Device-Id", deviceId)
                .header("X-Timestamp", signed.timestamp())
                .header("X-Nonce", signed.nonce())
                .header("X-Signature", signed.signature())
                .POST(HttpRequest.BodyPublishers.ofString(signed.body()))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
