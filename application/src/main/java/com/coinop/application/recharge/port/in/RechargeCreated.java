package com.coinop.application.recharge.port.in;

import com.coinop.application.recharge.port.out.JsapiPayment;
import com.coinop.domain.recharge.RechargeOrder;

/** The new order and the signed parameters with which the page lets the user pay it. */
public record RechargeCreated(RechargeOrder order, JsapiPayment pay) {
}
