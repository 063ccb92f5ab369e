package com.coinop.application.recharge.port.out;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.OpenId;

import java.util.Optional;

/** WeChat Pay (API v3) for recharge orders: JSAPI prepay, query, close, and the payment notification. */
public interface WechatPayPort {

    /**
     * Registers {@code order} with WeChat Pay for {@code payer} to pay inside WeChat until the order's
     * expiry, and signs what the page hands {@code WeixinJSBridge.invoke('getBrandWCPayRequest', …)}.
     *
     * @throws DependencyUnavailableException when WeChat Pay cannot be reached, times out or refuses
     */
    JsapiPayment prepay(RechargeOrder order, OpenId payer, String description);

    /**
     * What WeChat Pay knows of the order now; empty when it does not know the order at all.
     *
     * @throws DependencyUnavailableException when WeChat Pay cannot be reached or answers garbage
     */
    Optional<PaymentState> query(OutTradeNo outTradeNo);

    /**
     * Closes the order at WeChat Pay so it can no longer be paid.
     *
     * @return {@link CloseOutcome#ALREADY_PAID} when it was paid before it could be closed
     * @throws DependencyUnavailableException when WeChat Pay cannot be reached or answers garbage
     */
    CloseOutcome close(OutTradeNo outTradeNo);

    /**
     * Checks that a notification comes from WeChat Pay (signature by its public key, a timestamp within
     * five minutes, coinop's app id and merchant id) and decrypts what it says.
     *
     * @throws ForgedNotificationException when any of that does not hold
     */
    PaymentState readNotification(SignedNotification notification);
}
