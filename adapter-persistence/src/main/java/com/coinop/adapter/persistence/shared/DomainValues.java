package com.coinop.adapter.persistence.shared;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrderId;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserState;

/**
 * Conversions between column values and the domain's value objects, shared by the MapStruct row
 * mappers. Reading goes through the value objects' constructors, so a row that breaks a domain rule
 * fails loudly instead of entering the application. A null column stays null.
 */
public final class DomainValues {

    private DomainValues() {
    }

    public static UserId userId(Long value) {
        return value == null ? null : new UserId(value);
    }

    public static Long value(UserId id) {
        return id == null ? null : id.value();
    }

    public static DeviceId deviceId(Long value) {
        return value == null ? null : new DeviceId(value);
    }

    public static Long value(DeviceId id) {
        return id == null ? null : id.value();
    }

    public static RechargeOrderId rechargeOrderId(Long value) {
        return value == null ? null : new RechargeOrderId(value);
    }

    public static Long value(RechargeOrderId id) {
        return id == null ? null : id.value();
    }

    public static UsageSessionId usageSessionId(Long value) {
        return value == null ? null : new UsageSessionId(value);
    }

    public static Long value(UsageSessionId id) {
        return id == null ? null : id.value();
    }

    public static Money money(Long fen) {
        return fen == null ? null : Money.ofFen(fen);
    }

    public static Long fen(Money money) {
        return money == null ? null : money.fen();
    }

    public static OpenId openId(String value) {
        return value == null ? null : new OpenId(value);
    }

    public static String value(OpenId openId) {
        return openId == null ? null : openId.value();
    }

    public static Mobile mobile(String value) {
        return value == null ? null : new Mobile(value);
    }

    public static String value(Mobile mobile) {
        return mobile == null ? null : mobile.value();
    }

    public static OutTradeNo outTradeNo(String value) {
        return value == null ? null : new OutTradeNo(value);
    }

    public static String value(OutTradeNo outTradeNo) {
        return outTradeNo == null ? null : outTradeNo.value();
    }

    public static TransactionId transactionId(String value) {
        return value == null ? null : new TransactionId(value);
    }

    public static String value(TransactionId transactionId) {
        return transactionId == null ? null : transactionId.value();
    }

    public static UserState userState(Integer code) {
        return code == null ? null : UserState.ofCode(code);
    }

    public static Integer code(UserState state) {
        return state == null ? null : state.code();
    }
}
