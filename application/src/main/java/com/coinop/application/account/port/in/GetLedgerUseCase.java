package com.coinop.application.account.port.in;

import com.coinop.domain.user.UserNotFoundException;

/** A user's ledger for operators: every change of the balance, newest first, and the balance now. */
public interface GetLedgerUseCase {

    /** @throws UserNotFoundException when there is no such user */
    UserLedger ledger(LedgerQuery query);
}
