package com.coinop.domain.recharge;

import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

import java.time.LocalDateTime;

/**
 * A top-up of a user's balance through WeChat Pay. It is created with an amount, and becomes PAID
 * once, when WeChat Pay reports exactly that amount paid, or CLOSED when it is never paid.
 * {@code id} is null only before the order is first stored.
 */
public record RechargeOrder(RechargeOrderId id, UserId userId, OutTradeNo outTradeNo, Money amount,
                            RechargeStatus status, TransactionId transactionId, LocalDateTime payTime,
                            LocalDateTime ctime, LocalDateTime utime) {

    public RechargeOrder {
        InvalidValueException.require(userId != null && outTradeNo != null && amount != null && status != null
                && ctime != null && utime != null, "INVALID_RECHARGE", "充值单数据不完整");
        InvalidValueException.require(!amount.isZero(), "INVALID_AMOUNT", "充值金额必须大于 0");
        boolean paid = status == RechargeStatus.PAID;
        InvalidValueException.require(paid == (transactionId != null) && paid == (payTime != null),
                "INVALID_RECHARGE", "只有已支付的充值单有交易号和支付时间");
    }

    /** A new order waiting for payment. */
    public static RechargeOrder create(UserId userId, OutTradeNo outTradeNo, Money amount, LocalDateTime now) {
        return new RechargeOrder(null, userId, outTradeNo, amount, RechargeStatus.CREATED, null, null, now, now);
    }

    /**
     * The order paid: allowed once, from CREATED, and only for the ordered amount. A second report of
     * the same payment is for the caller to recognise with {@link #isPaidBy(TransactionId)}.
     */
    public RechargeOrder markPaid(TransactionId transaction, Money paidAmount, LocalDateTime paidAt) {
        if (status != RechargeStatus.CREATED) {
            throw new IllegalStateTransitionException("RECHARGE_NOT_PAYABLE",
                    "充值单 " + outTradeNo.value() + " 状态为 " + status + ", 不能再支付");
        }
        if (!paidAmount.equals(amount)) {
            throw new PaidAmountMismatchException(outTradeNo, amount, paidAmount);
        }
        return new RechargeOrder(id, userId, outTradeNo, amount, RechargeStatus.PAID, transaction, paidAt, ctime, paidAt);
    }

    /** The order given up: allowed only while it waits for payment. */
    public RechargeOrder close(LocalDateTime now) {
        if (status != RechargeStatus.CREATED) {
            throw new IllegalStateTransitionException("RECHARGE_NOT_CLOSABLE",
                    "充值单 " + outTradeNo.value() + " 状态为 " + status + ", 不能关闭");
        }
        return new RechargeOrder(id, userId, outTradeNo, amount, RechargeStatus.CLOSED, null, null, ctime, now);
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
