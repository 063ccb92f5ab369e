package com.coinop.application.history.port.in;

import com.coinop.domain.usage.UsageSession;

import java.util.List;

/** One page of ended usage sessions and how many match in all. */
public record ExpenseHistory(long total, List<UsageSession> expenses) {

    public ExpenseHistory {
        expenses = List.copyOf(expenses);
    }
}
