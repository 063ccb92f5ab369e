package com.coinop.application.device.port.in;

/**
 * A request of a machine's own API as it arrived, before anything in it is believed: the headers naming
 * the machine, the time, the nonce and the signature (any of them may be missing or malformed), and what
 * the signature covers.
 *
 * @param method    the HTTP method, e.g. {@code POST}
 * @param path      the request's path, without the query, e.g. {@code /device/v1/heartbeat}
 * @param body      the body's bytes exactly as received (empty when none)
 * @param deviceId  the {@code X-Device-Id} header
 * @param timestamp the {@code X-Timestamp} header: Unix seconds
 * @param nonce     the {@code X-Nonce} header
 * @param signature the {@code X-Signature} header: lower-case hex of the HMAC-SHA256
 */
public record DeviceRequest(String method, String path, byte[] body, String deviceId, String timestamp, String nonce,
                            String signature) {
}
