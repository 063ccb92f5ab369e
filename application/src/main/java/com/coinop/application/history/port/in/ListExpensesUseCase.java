package com.coinop.application.history.port.in;

/** The signed-in user's ended usage sessions, newest first ({@code POST /wechat/expense/list}). */
public interface ListExpensesUseCase {

    ExpenseHistory listExpenses(HistoryQuery query);
}
