package com.coinop.adapter.web.recharge;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.recharge.port.in.RechargeCreated;
import com.coinop.application.recharge.port.out.JsapiPayment;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * A new recharge: its number, its amount in yuan, and {@code pay}, the object the page passes as it is to
 * {@code WeixinJSBridge.invoke('getBrandWCPayRequest', pay, callback)}.
 */
@JsonPropertyOrder({"order_no", "amount", "pay"})
public record RechargeCreatedResponse(@JsonProperty("order_no") String orderNo, BigDecimal amount, Pay pay) {

    static RechargeCreatedResponse from(RechargeCreated created) {
        JsapiPayment pay = created.pay();
        return new RechargeCreatedResponse(created.order().outTradeNo().value(), WireFormat.yuan(created.order().amount()),
                new Pay(pay.appId(), pay.timeStamp(), pay.nonceStr(), pay.packageValue(), pay.signType(), pay.paySign()));
    }

    /** Named exactly as WeChat's bridge reads them. */
    @JsonPropertyOrder({"appId", "timeStamp", "nonceStr", "package", "signType", "paySign"})
    public record Pay(String appId, String timeStamp, String nonceStr, @JsonProperty("package") String packageValue,
                      String signType, String paySign) {
    }
}
