package com.coinop.application.history.service;

import com.coinop.application.history.port.in.ExpenseHistory;
import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.application.history.port.in.ListExpensesUseCase;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.domain.usage.UsageSession;

import java.util.List;

/** Lists a user's ended usage sessions. */
public class ListExpensesService implements ListExpensesUseCase {

    private final ExpenseHistoryPort expenseHistoryPort;

    public ListExpensesService(ExpenseHistoryPort expenseHistoryPort) {
        this.expenseHistoryPort = expenseHistoryPort;
    }

    @Override
    public ExpenseHistory listExpenses(HistoryQuery query) {
        HistoryWindow window = query.window();
        long total = expenseHistoryPort.countEnded(query.userId(), window);
        List<UsageSession> page = window.page(total, walk -> expenseHistoryPort.findEnded(query.userId(), walk));
        return new ExpenseHistory(total, page);
    }
}
