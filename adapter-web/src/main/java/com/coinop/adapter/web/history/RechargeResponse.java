package com.coinop.adapter.web.history;

import com.coinop.adapter.web.account.UserResponse;
import com.coinop.adapter.web.json.WireFormat;
import com.coinop.domain.recharge.RechargeOrder;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** One paid recharge in {@code /wechat/recharge/list}, with its user as the seed nests it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "user", "amount", "transaction_id", "pay_time", "utime", "ctime"})
public record RechargeResponse(Long id,
                               UserResponse user,
                               BigDecimal amount,
                               @JsonProperty("transaction_id") String transactionId,
                               @JsonProperty("pay_time") String payTime,
                               String utime,
                               String ctime) {

    public static RechargeResponse from(RechargeOrder order, UserResponse user) {
        return new RechargeResponse(
                order.id() == null ? null : order.id().value(),
                user,
                WireFormat.yuan(order.amount()),
                order.transactionId() == null ? null : order.transactionId().value(),
                WireFormat.time(order.payTime()),
                WireFormat.time(order.utime()),
                WireFormat.time(order.ctime()));
    }
}
