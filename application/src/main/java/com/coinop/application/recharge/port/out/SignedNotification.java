package com.coinop.application.recharge.port.out;

/**
 * A payment notification as it arrived: the {@code Wechatpay-Signature}, {@code -Timestamp},
 * {@code -Nonce} and {@code -Serial} headers (each null when missing) and the body exactly as sent.
 */
public record SignedNotification(String signature, String timestamp, String nonce, String serial, String body) {

    @Override
    public String toString() {
        int length = body == null ? 0 : body.length();
        return "SignedNotification[serial=" + serial + ", timestamp=" + timestamp + ", " + length + " characters]";
    }
}
