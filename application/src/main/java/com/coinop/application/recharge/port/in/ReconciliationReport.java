package com.coinop.application.recharge.port.in;

import com.coinop.domain.recharge.OutTradeNo;

import java.util.List;

/**
 * What one round of reconciliation did: the orders it found paid and credited (late payments among
 * them), closed, left waiting, and the ones it could not check (WeChat Pay failed; they are due again later).
 */
public record ReconciliationReport(List<OutTradeNo> credited, List<OutTradeNo> creditedAfterClose,
                                   List<OutTradeNo> closed, int stillWaiting, List<OutTradeNo> failed) {

    public ReconciliationReport {
        credited = List.copyOf(credited);
        creditedAfterClose = List.copyOf(creditedAfterClose);
        closed = List.copyOf(closed);
        failed = List.copyOf(failed);
    }

    public boolean isEmpty() {
        return credited.isEmpty() && creditedAfterClose.isEmpty() && closed.isEmpty() && stillWaiting == 0
                && failed.isEmpty();
    }
}
