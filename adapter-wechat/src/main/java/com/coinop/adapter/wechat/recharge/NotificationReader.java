package com.coinop.adapter.wechat.recharge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.github.binarywang.wxpay.bean.notify.OriginNotifyResponse;
import com.github.binarywang.wxpay.bean.notify.WxPayNotifyV3Result;
import com.github.binarywang.wxpay.v3.util.AesUtils;
import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Reads WeChat Pay's payment notification, checking before reading anything that WeChat Pay sent it: not a
 * signature probe, a key coinop knows, a timestamp near coinop's clock, a verifying signature; then decrypts the
 * resource with the APIv3 key and checks it is a transaction of coinop's app and merchant. Written here rather
 * than with WxJava's {@code parseOrderNotifyV3Result}, which checks neither the serial nor the timestamp.
 */
final class NotificationReader {

    private static final String PROBE_PREFIX = "WECHATPAY/SIGNTEST/";
    private static final String ALGORITHM = "AEAD_AES_256_GCM";
    private static final Gson GSON = new Gson();

    private final WechatPaySignatures signatures;
    private final String apiV3Key;
    private final String appId;
    private final String mchId;
    private final ZoneId zone;
    private final Clock clock;
    private final Duration skew;

    NotificationReader(WechatPaySignatures signatures, String apiV3Key, String appId, String mchId, ZoneId zone, Clock clock,
                       Duration skew) {
        this.signatures = signatures;
        this.apiV3Key = apiV3Key;
        this.appId = appId;
        this.mchId = mchId;
        this.zone = zone;
        this.clock = clock;
        this.skew = skew;
    }

    PaymentState read(SignedNotification notification) {
        if (notification.signature() != null && notification.signature().startsWith(PROBE_PREFIX)) {
            throw new ForgedNotificationException("a WeChat Pay signature probe, not a payment");
        }
        Optional<String> unsigned = signatures.problem(notification.serial(), notification.timestamp(), notification.nonce(),
                notification.body(), notification.signature());
        // the timestamp is checked even before the signature fails, so a replay reads as what it is
        requireFresh(notification.timestamp());
        if (unsigned.isPresent()) {
            throw new ForgedNotificationException(unsigned.get());
        }
        OriginNotifyResponse.Resource resource = resource(notification.body());
        String plain;
        try {
            plain = AesUtils.decryptToString(resource.getAssociatedData() == null ? "" : resource.getAssociatedData(),
                    resource.getNonce(), resource.getCiphertext(), apiV3Key);
        } catch (Exception e) {
            throw new ForgedNotificationException("the resource does not decrypt with coinop's APIv3 key");
        }
        WxPayNotifyV3Result.DecryptNotifyResult paid;
        try {
            paid = GSON.fromJson(plain, WxPayNotifyV3Result.DecryptNotifyResult.class);
        } catch (JsonParseException e) {
            throw new ForgedNotificationException("the decrypted resource is not a transaction");
        }
        if (paid == null) {
            throw new ForgedNotificationException("the decrypted resource is not a transaction");
        }
        WxPayNotifyV3Result.Amount amount = paid.getAmount();
        Transaction transaction = new Transaction(paid.getAppid(), paid.getMchid(), paid.getOutTradeNo(),
                paid.getTransactionId(), paid.getTradeState(), paid.getSuccessTime(),
                amount == null ? null : amount.getTotal(), amount == null ? null : amount.getCurrency());
        try {
            return transaction.toPaymentState(appId, mchId, zone);
        } catch (Transaction.Unreadable e) {
            throw new ForgedNotificationException("the transaction: " + e.getMessage());
        }
    }

    private void requireFresh(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return;
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new ForgedNotificationException("the Wechatpay-Timestamp header is not a time");
        }
        if (Duration.between(sent, clock.instant()).abs().compareTo(skew) > 0) {
            throw new ForgedNotificationException("its timestamp is more than " + skew.toMinutes() + " minutes from coinop's clock");
        }
    }

    private static OriginNotifyResponse.Resource resource(String body) {
        OriginNotifyResponse envelope;
        try {
            envelope = GSON.fromJson(body, OriginNotifyResponse.class);
        } catch (JsonParseException e) {
            throw new ForgedNotificationException("the body is not a WeChat Pay notification");
        }
        if (envelope == null || envelope.getResource() == null || envelope.getResource().getCiphertext() == null
                || envelope.getResource().getNonce() == null) {
            throw new ForgedNotificationException("the body carries no encrypted resource");
        }
        if (!ALGORITHM.equals(envelope.getResource().getAlgorithm())) {
            throw new ForgedNotificationException("the resource is not encrypted with " + ALGORITHM);
        }
        return envelope.getResource();
    }
}
