package com.coinop.application.history.port.in;

import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.User;

import java.util.List;

/** One page of paid recharges, the user they belong to, and how many match in all. */
public record RechargeHistory(User user, long total, List<RechargeOrder> recharges) {

    public RechargeHistory {
        recharges = List.copyOf(recharges);
    }
}
