package com.coinop.adapter.web.account;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.domain.ledger.LedgerEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One change of a balance: why ({@code kind}: RECHARGE, USAGE, ADJUSTMENT_CREDIT, ADJUSTMENT_DEBIT), what it
 * belongs to ({@code reference}: the out_trade_no, the session id, the ticket), the signed amount in yuan
 * (a debit is negative), the balance right after it, and when.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"kind", "reference", "amount", "balance_after", "ctime"})
public record LedgerEntryResponse(String kind, String reference, BigDecimal amount,
                                  @JsonProperty("balance_after") BigDecimal balanceAfter, String ctime) {

    static LedgerEntryResponse from(LedgerEntry entry) {
        BigDecimal amount = WireFormat.yuan(entry.amount());
        return new LedgerEntryResponse(entry.kind().name(), entry.reference().value(),
                entry.kind().isCredit() ? amount : amount.negate(), WireFormat.yuan(entry.balanceAfter()),
                WireFormat.time(entry.ctime()));
    }
}
