package com.coinop.domain.testing;

import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeOrderId;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.user.UserId;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** Test recharge orders: {@code TestRecharges.createdOrder(userId).of(Money.ofYuan(10)).build()}. */
public final class TestRecharges {

    /** WeChat Pay's default time to pay, and coinop's. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofHours(2);

    private static final AtomicLong SEQUENCE = new AtomicLong(100_000_000L + Math.floorMod(System.nanoTime(), 800_000_000L));

    private final UserId userId;
    private OutTradeNo outTradeNo = nextOutTradeNo();
    private Money amount = Money.ofYuan(10);
    private LocalDateTime ctime = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
    private Duration expiry = DEFAULT_EXPIRY;

    private TestRecharges(UserId userId) {
        this.userId = userId;
    }

    /** A CREATED order of 10 yuan with a unique out_trade_no. */
    public static TestRecharges createdOrder(UserId userId) {
        return new TestRecharges(userId);
    }

    /** A unique out_trade_no. */
    public static OutTradeNo nextOutTradeNo() {
        return new OutTradeNo("T" + SEQUENCE.incrementAndGet());
    }

    /** A unique WeChat Pay transaction id. */
    public static TransactionId nextTransactionId() {
        return new TransactionId("4200" + SEQUENCE.incrementAndGet());
    }

    public TestRecharges of(Money amount) {
        this.amount = amount;
        return this;
    }

    public TestRecharges withOutTradeNo(String outTradeNo) {
        this.outTradeNo = new OutTradeNo(outTradeNo);
        return this;
    }

    public TestRecharges createdAt(LocalDateTime ctime) {
        this.ctime = ctime;
        return this;
    }

    public TestRecharges expiringAfter(Duration expiry) {
        this.expiry = expiry;
        return this;
    }

    public RechargeOrder build() {
        return RechargeOrder.create(userId, outTradeNo, amount, ctime, expiry);
    }

    /** The CREATED order as storage returns it: with {@code id}. */
    public RechargeOrder buildStored(long id) {
        RechargeOrder order = build();
        return new RechargeOrder(new RechargeOrderId(id), order.userId(), order.outTradeNo(), order.amount(),
                order.status(), order.transactionId(), order.payTime(), order.expireTime(), order.ctime(), order.utime());
    }

    /** The order, paid in full a minute after it was created. */
    public RechargeOrder buildPaid() {
        return build().markPaid(nextTransactionId(), amount, ctime.plusMinutes(1));
    }
}
