package com.coinop.application.recharge.service;

import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.CreditPaidRechargeCommand;
import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.in.NotificationOutcome;
import com.coinop.application.recharge.port.in.ReceivePaymentNotificationUseCase;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.coinop.application.recharge.port.out.WechatPayPort;

/**
 * Takes WeChat Pay's notification: only what WeChat Pay can be shown to have signed is read, and a
 * reported payment is credited through the one credit use case, so a notification, its retries and
 * the reconciliation job credit an order once between them.
 */
public class ReceivePaymentNotificationService implements ReceivePaymentNotificationUseCase {

    private final WechatPayPort wechatPay;
    private final CreditPaidRechargeUseCase credit;

    public ReceivePaymentNotificationService(WechatPayPort wechatPay, CreditPaidRechargeUseCase credit) {
        this.wechatPay = wechatPay;
        this.credit = credit;
    }

    @Override
    public NotificationOutcome receive(SignedNotification notification) {
        PaymentState state = wechatPay.readNotification(notification);
        if (!state.state().isPaid()) {
            return new NotificationOutcome(state, null);
        }
        CreditOutcome outcome = credit.credit(new CreditPaidRechargeCommand(state.outTradeNo(), state.transactionId(),
                state.paidTotal(), state.paidAt()));
        return new NotificationOutcome(state, outcome);
    }
}
