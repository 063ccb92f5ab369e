package com.coinop.application.device.service;

import com.coinop.domain.device.DeviceSecret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature rule against values computed outside Java, with the shell commands the API documentation
 * gives machine makers ({@code sha256sum} and {@code openssl dgst -sha256 -hmac}), so the rule is checked
 * against the documented recipe and not only against itself.
 */
class DeviceSignaturesTest {

    private static final DeviceSecret SECRET =
            new DeviceSecret("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    private static final String TIMESTAMP = "1795500000";
    private static final String NONCE = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Test
    void a_heartbeat_is_signed_as_openssl_signs_the_five_lines() {
        byte[] body = "{\"message_id\":\"m-1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(DeviceSignatures.sign(SECRET, "POST", "/device/v1/heartbeat", TIMESTAMP, NONCE, body))
                .isEqualTo("66ceb216a860082d6d1d2837f4dde7773123e4bb9ff6dcda03696d980cd7278b");
    }

    @Test
    void an_empty_body_is_hashed_as_the_empty_string() {
        assertThat(DeviceSignatures.sign(SECRET, "POST", "/device/v1/stop", TIMESTAMP, NONCE, new byte[0]))
                .isEqualTo("aa9064563d5507630943d3127a8efe3442eb1b6af646242d77142c9f005a78d3");
    }

    @Test
    void every_line_is_covered() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String signature = DeviceSignatures.sign(SECRET, "POST", "/device/v1/stop", TIMESTAMP, NONCE, body);

        assertThat(DeviceSignatures.matches(signature, SECRET, "POST", "/device/v1/stop", TIMESTAMP, NONCE, body))
                .isTrue();
        assertThat(DeviceSignatures.matches(signature, SECRET, "GET", "/device/v1/stop", TIMESTAMP, NONCE, body))
                .isFalse();
        assertThat(DeviceSignatures.matches(signature, SECRET, "POST", "/device/v1/stop2", TIMESTAMP, NONCE, body))
                .isFalse();
        assertThat(DeviceSignatures.matches(signature, SECRET, "POST", "/device/v1/stop", "1795500001", NONCE, body))
                .isFalse();
        assertThat(DeviceSignatures.matches(signature, SECRET, "POST", "/device/v1/stop", TIMESTAMP, NONCE + "0", body))
                .isFalse();
        assertThat(DeviceSignatures.matches(signature, SECRET, "POST", "/device/v1/stop", TIMESTAMP, NONCE,
                "{ }".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(DeviceSignatures.matches(signature, DeviceSecret.generate(), "POST", "/device/v1/stop", TIMESTAMP,
                NONCE, body)).isFalse();
    }

    @Test
    void a_generated_secret_is_new_each_time_and_never_printed() {
        DeviceSecret secret = DeviceSecret.generate();

        assertThat(secret.value()).matches("[0-9a-f]{64}").isNotEqualTo(DeviceSecret.generate().value());
        assertThat(secret.toString()).doesNotContain(secret.value());
    }
}
