package com.coinop.adapter.web.recharge;

import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.NotificationOutcome;
import com.coinop.application.recharge.port.in.ReceivePaymentNotificationUseCase;
import com.coinop.application.recharge.port.out.SignedNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code POST /wechat/pay/notify}: WeChat Pay's payment notification. The body is taken as the exact
 * bytes WeChat Pay signed. 204 when the payment is credited (or was before: WeChat Pay retries until it
 * hears success); any refusal answers WeChat Pay's failure format (see {@link PayNotifyErrors}) so that
 * it retries what may succeed later.
 */
@RestController
public class PayNotifyController {

    private static final Logger log = LoggerFactory.getLogger(PayNotifyController.class);

    private final ReceivePaymentNotificationUseCase notifications;

    public PayNotifyController(ReceivePaymentNotificationUseCase notifications) {
        this.notifications = notifications;
    }

    @PostMapping("/wechat/pay/notify")
    public ResponseEntity<Void> paymentNotification(
            @RequestHeader(name = "Wechatpay-Signature", required = false) String signature,
            @RequestHeader(name = "Wechatpay-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "Wechatpay-Nonce", required = false) String nonce,
            @RequestHeader(name = "Wechatpay-Serial", required = false) String serial,
            @RequestBody(required = false) byte[] body) {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        NotificationOutcome outcome = notifications.receive(new SignedNotification(signature, timestamp, nonce, serial, text));
        if (outcome.credit() == CreditOutcome.CREDITED_AFTER_CLOSE) {
            log.warn("late payment: order {} was closed, WeChat Pay took {} by transaction {}; credited",
                    outcome.state().outTradeNo().value(), outcome.state().paidTotal(),
                    outcome.state().transactionId().value());
        } else if (outcome.credit() == null) {
            log.info("payment notification for order {} reports {}: nothing to credit",
                    outcome.state().outTradeNo().value(), outcome.state().state());
        }
        return ResponseEntity.noContent().build();
    }
}
