package com.coinop.application.usage.service;

import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.application.usage.port.in.ListUnpaidSessionsUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.usage.UsageSession;

import java.util.List;

/** Lists the sessions with an unpaid part. */
public class ListUnpaidSessionsService implements ListUnpaidSessionsUseCase {

    private final UsageSessionPort usageSessionPort;

    public ListUnpaidSessionsService(UsageSessionPort usageSessionPort) {
        this.usageSessionPort = usageSessionPort;
    }

    @Override
    public Paged<UsageSession> listUnpaid(PageQuery query) {
        long total = usageSessionPort.countUnpaid();
        List<UsageSession> page = query.reaches(total) ? usageSessionPort.findUnpaid(query.offset(), query.size()) : List.of();
        return new Paged<>(total, page);
    }
}
