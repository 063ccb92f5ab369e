package com.coinop.domain.recharge;

import com.coinop.domain.shared.NotFoundException;

/** No recharge order with that out_trade_no. */
public class RechargeOrderNotFoundException extends NotFoundException {

    public RechargeOrderNotFoundException(OutTradeNo outTradeNo) {
        super("RECHARGE_NOT_FOUND", "充值单不存在: " + outTradeNo.value());
    }
}
