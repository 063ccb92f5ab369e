package com.coinop.adapter.web.account;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.domain.user.User;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** A user as the seed's {@code user.to_dict()} shows it, in {@code /wechat/user} and in every recharge row. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "nick_name", "head_img_url", "mobile", "total_account", "used_account",
        "balance_account", "state", "ctime", "utime"})
public record UserResponse(Long id,
                           @JsonProperty("nick_name") String nickName,
                           @JsonProperty("head_img_url") String headImgUrl,
                           String mobile,
                           @JsonProperty("total_account") BigDecimal totalAccount,
                           @JsonProperty("used_account") BigDecimal usedAccount,
                           @JsonProperty("balance_account") BigDecimal balanceAccount,
                           int state,
                           String ctime,
                           String utime) {

    public static UserResponse from(User user) {
        return new UserResponse(
                user.id() == null ? null : user.id().value(),
                user.nickName(),
                user.headImgUrl(),
                user.mobile() == null ? null : user.mobile().value(),
                WireFormat.yuan(user.account().total()),
                WireFormat.yuan(user.account().used()),
                WireFormat.yuan(user.account().balance()),
                user.state().code(),
                WireFormat.time(user.ctime()),
                WireFormat.time(user.utime()));
    }
}
