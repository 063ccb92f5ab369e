package com.coinop.application.account.service;

import com.coinop.application.account.port.in.GetLedgerUseCase;
import com.coinop.application.account.port.in.LedgerQuery;
import com.coinop.application.account.port.in.UserLedger;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserNotFoundException;

import java.util.List;

/** Reads a user and a page of their ledger, for looking at (no transaction: a move in between may show). */
public class GetLedgerService implements GetLedgerUseCase {

    private final LoadUserPort loadUserPort;
    private final LedgerPort ledgerPort;

    public GetLedgerService(LoadUserPort loadUserPort, LedgerPort ledgerPort) {
        this.loadUserPort = loadUserPort;
        this.ledgerPort = ledgerPort;
    }

    @Override
    public UserLedger ledger(LedgerQuery query) {
        User user = loadUserPort.findById(query.userId()).orElseThrow(() -> new UserNotFoundException(query.userId()));
        PageQuery page = query.page();
        long total = ledgerPort.countByUser(user.id());
        return new UserLedger(user, total, page.reaches(total)
                ? ledgerPort.findByUser(user.id(), page.offset(), page.size()) : List.of());
    }
}
