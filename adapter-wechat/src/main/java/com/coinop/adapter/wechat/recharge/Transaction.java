package com.coinop.adapter.wechat.recharge;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.shared.DomainException;

/**
 * The fields of a WeChat Pay transaction (a query answer or a notification's decrypted resource) that coinop
 * reads, checked against coinop's app id and merchant id before they become a {@link PaymentState}.
 */
record Transaction(String appId, String mchId, String outTradeNo, String transactionId, String tradeState,
                   String successTime, Integer total, String currency) {

    /** Thrown with the reason when the transaction is not one of coinop's, or cannot be read. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    PaymentState toPaymentState(String ourAppId, String ourMchId, ZoneId zone) throws Unreadable {
        if (!ourAppId.equals(appId)) {
            throw new Unreadable("its appid is not coinop's");
        }
        if (!ourMchId.equals(mchId)) {
            throw new Unreadable("its mchid is not coinop's");
        }
        TradeState state;
        try {
            state = TradeState.valueOf(String.valueOf(tradeState));
        } catch (IllegalArgumentException e) {
            throw new Unreadable("its trade_state " + tradeState + " is unknown");
        }
        OutTradeNo order;
        try {
            order = new OutTradeNo(outTradeNo);
        } catch (DomainException e) {
            throw new Unreadable("its out_trade_no is malformed");
        }
        if (!state.isPaid()) {
            return PaymentState.unpaid(order, state);
        }
        if (total == null || total < 0) {
            throw new Unreadable("a paid transaction without amount.total");
        }
        if (!"CNY".equals(currency)) {
            throw new Unreadable("a paid transaction in " + currency + ", not CNY");
        }
        LocalDateTime paidAt;
        try {
            paidAt = OffsetDateTime.parse(String.valueOf(successTime)).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new Unreadable("a paid transaction without a readable success_time");
        }
        try {
            return new PaymentState(order, state, new TransactionId(transactionId), Money.ofFen(total), paidAt);
        } catch (DomainException e) {
            throw new Unreadable("a paid transaction without a transaction_id");
        }
    }
}
