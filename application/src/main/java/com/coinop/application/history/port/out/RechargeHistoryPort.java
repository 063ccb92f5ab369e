package com.coinop.application.history.port.out;

import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.UserId;

import java.util.List;

/** Reads a user's paid recharges, filtered and ordered by pay time. */
public interface RechargeHistoryPort {

    /** How many paid recharges of the user fall in the window's time bounds. */
    long countPaid(UserId userId, HistoryWindow window);

    /** The window's page of paid recharges, newest pay time first, then highest id (oldest first and lowest id for an oldest-first window). */
    List<RechargeOrder> findPaid(UserId userId, HistoryWindow window);
}
