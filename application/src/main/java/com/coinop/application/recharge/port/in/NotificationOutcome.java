package com.coinop.application.recharge.port.in;

import com.coinop.application.recharge.port.out.PaymentState;

/**
 * What a payment notification said and did.
 *
 * @param state  what WeChat Pay said of the order
 * @param credit what crediting it did; null when the notification reported no payment
 */
public record NotificationOutcome(PaymentState state, CreditOutcome credit) {
}
