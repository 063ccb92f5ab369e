package com.coinop.adapter.wechat.recharge;

import static com.coinop.adapter.wechat.recharge.WechatPayTestSetup.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.coinop.adapter.wechat.sandbox.WechatPaySandbox;
import com.coinop.adapter.wechat.sandbox.WechatPaySandbox.Forgery;
import com.coinop.adapter.wechat.sandbox.WechatPaySandboxKeys;
import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.user.OpenId;

/** The notifications the sandbox actually sends to a notify_url, read by the adapter: believed only when WeChat Pay's. */
class WechatPayNotificationTest {

    private static final WechatPaySandboxKeys KEYS = WechatPaySandboxKeys.generate();

    private WechatPayTestSetup setup;
    private RechargeOrder order;
    private WechatPaySandbox.Order paid;

    @BeforeEach
    void aPaidOrder() throws Exception {
        setup = new WechatPayTestSetup(KEYS);
        order = setup.order(30);
        setup.adapter.prepay(order, new OpenId("o-payer-2"), "充值");
        paid = setup.sandbox.pay().pay(order.outTradeNo().value());
    }

    @AfterEach
    void stop() {
        setup.close();
    }

    private String no() {
        return order.outTradeNo().value();
    }

    @Test
    void the_notification_wechat_pay_sent_says_the_order_was_paid() throws Exception {
        SignedNotification notification = setup.receiver.next();

        PaymentState state = setup.adapter.readNotification(notification);

        assertThat(state).isEqualTo(new PaymentState(order.outTradeNo(), TradeState.SUCCESS, new TransactionId(paid.transactionId()),
                Money.ofYuan(30), paid.successTime().atZoneSameInstant(SHANGHAI).toLocalDateTime()));
        assertThat(notification.serial()).isEqualTo(KEYS.publicKeyId());
    }

    @Test
    void a_duplicate_says_the_same() throws Exception {
        PaymentState first = setup.adapter.readNotification(setup.receiver.next());

        setup.sandbox.pay().resend(no());

        assertThat(setup.adapter.readNotification(setup.receiver.next())).isEqualTo(first);
    }

    @Test
    void a_notification_for_another_amount_carries_that_amount_for_the_use_case_to_refuse() throws Exception {
        setup.receiver.next();

        setup.sandbox.pay().sendWithAmount(no(), 1);

        PaymentState state = setup.adapter.readNotification(setup.receiver.next());
        assertThat(state.paidTotal()).isEqualTo(Money.ofFen(1));
        assertThat(state.transactionId()).isEqualTo(new TransactionId(paid.transactionId()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BAD_SIGNATURE       | the signature does not verify with WeChat Pay's key",
            "STALE_TIMESTAMP     | its timestamp is more than 5 minutes from coinop's clock",
            "UNKNOWN_SERIAL      | Wechatpay-Serial names a key coinop does not know",
            "SIGNATURE_PROBE     | a WeChat Pay signature probe, not a payment",
            "OTHER_APPID         | the transaction: its appid is not coinop's",
            "OTHER_MCHID         | the transaction: its mchid is not coinop's",
            "TAMPERED_CIPHERTEXT | the resource does not decrypt with coinop's APIv3 key"})
    void a_forged_notification_is_refused_saying_which_check_failed(Forgery forgery, String why) throws Exception {
        setup.receiver.next();

        setup.sandbox.pay().sendForged(no(), forgery);

        SignedNotification forged = setup.receiver.next();
        assertThatThrownBy(() -> setup.adapter.readNotification(forged))
                .isInstanceOf(ForgedNotificationException.class)
                .hasMessageEndingWith(why)
                .hasMessageNotContaining(KEYS.apiV3Key())
                .hasMessageNotContaining(forged.body().substring(0, 20));
    }

    @Test
    void a_genuine_notification_read_more_than_five_minutes_later_is_refused() throws Exception {
        SignedNotification notification = setup.receiver.next();
        setup.clock.advance(Duration.ofMinutes(5).plusSeconds(2));

        assertThatThrownBy(() -> setup.adapter.readNotification(notification))
                .isInstanceOf(ForgedNotificationException.class)
                .hasMessageContaining("timestamp");
    }

    @Test
    void a_genuine_notification_read_just_within_five_minutes_is_believed() throws Exception {
        SignedNotification notification = setup.receiver.next();
        setup.clock.advance(Duration.ofMinutes(4).plusSeconds(50));

        assertThat(setup.adapter.readNotification(notification).state()).isEqualTo(TradeState.SUCCESS);
    }

    @Test
    void a_body_changed_on_the_way_no_longer_verifies() throws Exception {
        SignedNotification notification = setup.receiver.next();
        SignedNotification changed = new SignedNotification(notification.signature(), notification.timestamp(), notification.nonce(),
                notification.serial(), notification.body().replace("\"TRANSACTION.SUCCESS\"", "\"TRANSACTION.SUCCESS\" "));

        assertThatThrownBy(() -> setup.adapter.readNotification(changed))
                .isInstanceOf(ForgedNotificationException.class)
                .hasMessageEndingWith("the signature does not verify with WeChat Pay's key");
    }

    @Test
    void a_notification_without_its_signature_headers_is_refused() throws Exception {
        SignedNotification notification = setup.receiver.next();

        assertThatThrownBy(() -> setup.adapter.readNotification(new SignedNotification(null, notification.timestamp(),
                notification.nonce(), notification.serial(), notification.body())))
                .isInstanceOf(ForgedNotificationException.class)
                .hasMessageEndingWith("the Wechatpay-Signature header is missing");
    }

    @Test
    void a_notify_url_that_fails_twice_then_answers_gets_exactly_three_deliveries() throws Exception {
        RechargeOrder another = setup.order(5);
        setup.adapter.prepay(another, new OpenId("o-payer-3"), "充值");
        setup.receiver.next();
        setup.receiver.answer(500, 503);

        setup.sandbox.pay().pay(another.outTradeNo().value());

        List<WechatPaySandbox.Delivery> deliveries = setup.sandbox.pay().awaitDeliveries(another.outTradeNo().value(), 3, Duration.ofSeconds(5));
        // the next retry would come 30 s / 1000 after the third: wait well past it
        Thread.sleep(300);
        deliveries = setup.sandbox.pay().deliveries(another.outTradeNo().value());
        assertThat(deliveries).extracting(WechatPaySandbox.Delivery::status).containsExactly(500, 503, 204);
        assertThat(deliveries).extracting(WechatPaySandbox.Delivery::attempt).containsExactly(1, 2, 3);
        assertThat(deliveries).extracting(WechatPaySandbox.Delivery::notificationId).containsOnly(deliveries.get(0).notificationId());
        // 15 s and 15 s divided by the speed-up: the retries waited at least that
        assertThat(Duration.between(deliveries.get(0).at(), deliveries.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        assertThat(setup.receiver.allAfter(Duration.ZERO)).hasSize(4);
    }
}
