package com.coinop.domain.recharge;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.DomainException;

/** WeChat Pay reports a paid amount other than the order's: the order is not credited. */
public class PaidAmountMismatchException extends DomainException {

    public PaidAmountMismatchException(OutTradeNo outTradeNo, Money ordered, Money paid) {
        super("PAID_AMOUNT_MISMATCH", "支付金额与订单金额不符 (订单 " + outTradeNo.value()
                + ", 订单 " + ordered + " 元, 支付 " + paid + " 元)");
    }
}
