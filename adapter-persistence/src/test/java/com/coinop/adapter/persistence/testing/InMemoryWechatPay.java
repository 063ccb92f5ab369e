package com.coinop.adapter.persistence.testing;

import com.coinop.application.recharge.port.out.CloseOutcome;
import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.recharge.port.out.JsapiPayment;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.user.OpenId;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WeChat Pay as the use cases see it through their port, kept in memory, for tests of the recharge use
 * cases over the real database: orders are prepaid, paid, queried and closed, and a payment yields the
 * notification WeChat Pay would send (in a form of this class's own; the real signatures and encryption
 * are tested against the WeChat sandbox in adapter-wechat and end to end). It can be taken down.
 */
public final class InMemoryWechatPay implements WechatPayPort {

    private static final String GENUINE = "genuine";

    private final Map<OutTradeNo, PaymentState> orders = new ConcurrentHashMap<>();
    private final Map<OutTradeNo, AtomicInteger> queries = new ConcurrentHashMap<>();
    private volatile boolean down;

    @Override
    public JsapiPayment prepay(RechargeOrder order, OpenId payer, String description) {
        failIfDown();
        orders.putIfAbsent(order.outTradeNo(), PaymentState.unpaid(order.outTradeNo(), TradeState.NOTPAY));
        return new JsapiPayment("wx-test-app", "1700000000", "nonce", "prepay_id=wx" + order.outTradeNo().value(),
                "RSA", "signature-of-" + order.outTradeNo().value());
    }

    @Override
    public Optional<PaymentState> query(OutTradeNo outTradeNo) {
        failIfDown();
        queries.computeIfAbsent(outTradeNo, key -> new AtomicInteger()).incrementAndGet();
        return Optional.ofNullable(orders.get(outTradeNo));
    }

    @Override
    public CloseOutcome close(OutTradeNo outTradeNo) {
        failIfDown();
        PaymentState state = orders.get(outTradeNo);
        if (state != null && state.state().isPaid()) {
            return CloseOutcome.ALREADY_PAID;
        }
        if (state != null) {
            orders.put(outTradeNo, PaymentState.unpaid(outTradeNo, TradeState.CLOSED));
        }
        return CloseOutcome.CLOSED;
    }

    @Override
    public PaymentState readNotification(SignedNotification notification) {
        if (!GENUINE.equals(notification.signature())) {
            throw new ForgedNotificationException("bad signature");
        }
        String[] fields = notification.body().split("\\|", -1);
        return new PaymentState(new OutTradeNo(fields[0]), TradeState.valueOf(fields[1]),
                fields[2].isEmpty() ? null : new TransactionId(fields[2]),
                fields[3].isEmpty() ? null : Money.ofFen(Long.parseLong(fields[3])),
                fields[4].isEmpty() ? null : LocalDateTime.parse(fields[4]));
    }

    /** The payer pays {@code total} for the order now; the notification WeChat Pay then sends. */
    public SignedNotification pay(OutTradeNo outTradeNo, Money total, LocalDateTime at) {
        TransactionId transaction = TestRecharges.nextTransactionId();
        PaymentState paid = new PaymentState(outTradeNo, TradeState.SUCCESS, transaction, total, at);
        orders.put(outTradeNo, paid);
        return notificationOf(paid);
    }

    /** The notification of {@code state}, as WeChat Pay would sign it. */
    public static SignedNotification notificationOf(PaymentState state) {
        return new SignedNotification(GENUINE, "1700000000", "nonce", "serial", String.join("|",
                state.outTradeNo().value(), state.state().name(),
                state.transactionId() == null ? "" : state.transactionId().value(),
                state.paidTotal() == null ? "" : Long.toString(state.paidTotal().fen()),
                state.paidAt() == null ? "" : state.paidAt().toString()));
    }

    /** The merchant refunds the order's payment at WeChat Pay's merchant platform. */
    public void refund(OutTradeNo outTradeNo) {
        PaymentState paid = orders.get(outTradeNo);
        orders.put(outTradeNo, new PaymentState(outTradeNo, TradeState.REFUND, paid.transactionId(), paid.paidTotal(),
                paid.paidAt()));
    }

    /** The same notification, signed by somebody else. */
    public static SignedNotification forged(SignedNotification genuine) {
        return new SignedNotification("forged", genuine.timestamp(), genuine.nonce(), genuine.serial(), genuine.body());
    }

    public Optional<PaymentState> stateOf(OutTradeNo outTradeNo) {
        return Optional.ofNullable(orders.get(outTradeNo));
    }

    public int queriesOf(OutTradeNo outTradeNo) {
        AtomicInteger count = queries.get(outTradeNo);
        return count == null ? 0 : count.get();
    }

    public void takeDown() {
        down = true;
    }

    public void bringUp() {
        down = false;
    }

    private void failIfDown() {
        if (down) {
            throw new DependencyUnavailableException("wechat-pay", new IOException("connection refused"));
        }
    }
}
