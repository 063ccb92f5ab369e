package com.coinop.adapter.web.account;

import com.coinop.application.account.port.in.UserLedger;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** {@code GET /admin/users/<id>/ledger}: the user with the balance, and a page of the ledger, newest first. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"user", "total", "data"})
public record UserLedgerResponse(UserResponse user, long total, List<LedgerEntryResponse> data) {

    static UserLedgerResponse from(UserLedger ledger) {
        return new UserLedgerResponse(UserResponse.from(ledger.user()), ledger.total(),
                ledger.entries().stream().map(LedgerEntryResponse::from).toList());
    }
}
