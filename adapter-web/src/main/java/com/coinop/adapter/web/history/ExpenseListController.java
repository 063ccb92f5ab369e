package com.coinop.adapter.web.history;

import com.coinop.adapter.web.session.SignedInUser;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.history.port.in.ExpenseHistory;
import com.coinop.application.history.port.in.ListExpensesUseCase;
import com.coinop.domain.user.UserId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /wechat/expense/list}: the signed-in user's ended usage sessions, newest first. */
@RestController
public class ExpenseListController {

    private final ListExpensesUseCase listExpenses;

    public ExpenseListController(ListExpensesUseCase listExpenses) {
        this.listExpenses = listExpenses;
    }

    @PostMapping("/wechat/expense/list")
    public Envelope<PageResponse<ExpenseResponse>> list(@SignedInUser UserId userId,
                                                        @RequestBody HistoryRequest request) {
        ExpenseHistory history = listExpenses.listExpenses(request.toQuery(userId));
        return Envelope.ok(new PageResponse<>(history.total(),
                history.expenses().stream().map(ExpenseResponse::from).toList()));
    }
}
