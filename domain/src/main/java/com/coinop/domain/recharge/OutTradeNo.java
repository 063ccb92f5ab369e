package com.coinop.domain.recharge;

import com.coinop.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/** coinop's own number for a recharge order, sent to WeChat Pay: 6 to 32 letters, digits, {@code _-|*}. */
public record OutTradeNo(String value) {

    private static final Pattern WECHAT_PAY_FORMAT = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");

    public OutTradeNo {
        InvalidValueException.require(value != null && WECHAT_PAY_FORMAT.matcher(value).matches(),
                "INVALID_OUT_TRADE_NO", "商户订单号格式不正确");
    }
}
