package com.coinop.application.recharge.port.in;

import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;

/**
 * WeChat Pay reports a payment ({@code POST /wechat/pay/notify}): verified, then credited exactly
 * once however often it is reported.
 */
public interface ReceivePaymentNotificationUseCase {

    /**
     * @return what the notification did; a notification of anything but a payment changes nothing
     * @throws ForgedNotificationException    when it cannot be shown to come from WeChat Pay
     * @throws RechargeOrderNotFoundException when it names no order of coinop's
     * @throws PaidAmountMismatchException    when the paid total is not the order's amount
     */
    NotificationOutcome receive(SignedNotification notification);
}
