package com.coinop.application.account.port.in;

import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

/** A page of one user's ledger. */
public record LedgerQuery(UserId userId, PageQuery page) {

    public LedgerQuery {
        InvalidValueException.require(userId != null, "INVALID_USER_ID", "用户编号缺失");
        InvalidValueException.require(page != null, "INVALID_PAGE", "page 缺失");
    }
}
