package com.coinop.domain.recharge;

import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A top-up of a user's balance through WeChat Pay. It is created with an amount and an expiry (WeChat
 * Pay refuses to take the payment after it), and becomes PAID once, when WeChat Pay reports exactly
 * that amount paid, or CLOSED when it was not paid in time. Money received is always credited: a
 * payment reported for a CLOSED order (the user paid as it expired) still makes it PAID.
 * {@code id} is null only before the order is first stored.
 */
public record RechargeOrder(RechargeOrderId id, UserId userId, OutTradeNo outTradeNo, Money amount,
                            RechargeStatus status, TransactionId transactionId, LocalDateTime payTime,
                            LocalDateTime expireTime, LocalDateTime ctime, LocalDateTime utime) {

    public RechargeOrder {
        InvalidValueException.require(userId != null && outTradeNo != null && amount != null && status != null
                && expireTime != null && ctime != null && utime != null, "INVALID_RECHARGE", "充值单数据不完整");
        InvalidValueException.require(!amount.isZero(), "INVALID_AMOUNT", "充值金额必须大于 0");
        InvalidValueException.require(expireTime.isAfter(ctime), "INVALID_RECHARGE", "充值单的过期时间必须晚于创建时间");
        boolean paid = status == RechargeStatus.PAID;
        InvalidValueException.require(paid == (transactionId != null) && paid == (payTime != null),
                "INVALID_RECHARGE", "只有已支付的充值单有交易号和支付时间");
    }

    /** A new order waiting for payment until {@code now + expiry}. */
    public static RechargeOrder create(UserId userId, OutTradeNo outTradeNo, Money amount, LocalDateTime now,
                                       Duration expiry) {
        InvalidValueException.require(expiry != null && !expiry.isNegative() && !expiry.isZero(),
                "INVALID_RECHARGE", "充值单的有效期必须大于 0");
        return new RechargeOrder(null, userId, outTradeNo, amount, RechargeStatus.CREATED, null, null,
                now.plus(expiry), now, now);
    }

    /**
     * The order paid: allowed once, from CREATED, or from CLOSED when the payment arrived as the order
     * expired (the money was received, so it is credited), and only for the ordered amount. A second
     * report of the same payment is for the caller to recognise with {@link #isPaidBy(TransactionId)}.
     */
    public RechargeOrder markPaid(TransactionId transaction, Money paidAmount, LocalDateTime paidAt) {
        if (status == RechargeStatus.PAID) {
            throw new IllegalStateTransitionException("RECHARGE_ALREADY_PAID",
                    "充值单 " + outTradeNo.value() + " 已由另一笔交易支付");
        }
        if (!paidAmount.equals(amount)) {
            throw new PaidAmountMismatchException(outTradeNo, amount, paidAmount);
        }
        return new RechargeOrder(id, userId, outTradeNo, amount, RechargeStatus.PAID, transaction, paidAt, expireTime,
                ctime, paidAt);
    }

    /** The order given up: allowed only while it waits for payment. */
    public RechargeOrder close(LocalDateTime now) {
        if (status != RechargeStatus.CREATED) {
            throw new IllegalStateTransitionException("RECHARGE_NOT_CLOSABLE",
                    "充值单 " + outTradeNo.value() + " 状态为 " + status + ", 不能关闭");
        }
        return new RechargeOrder(id, userId, outTradeNo, amount, RechargeStatus.CLOSED, null, null, expireTime, ctime,
                now);
    }

    /** Whether WeChat Pay no longer takes a payment for this order at {@code now}. */
    public boolean isExpiredAt(LocalDateTime now) {
        return !now.isBefore(expireTime);
    }

    /** Whether this order is already paid by exactly that WeChat Pay transaction. */
    public boolean isPaidBy(TransactionId transaction) {
        return status == RechargeStatus.PAID && transactionId.equals(transaction);
    }

    /** What the credit of this order is booked under: one credit per out_trade_no, ever. */
    public LedgerReference ledgerReference() {
        return new LedgerReference(LedgerKind.RECHARGE, outTradeNo.value());
    }
}
