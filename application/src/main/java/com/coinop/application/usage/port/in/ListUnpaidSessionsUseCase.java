package com.coinop.application.usage.port.in;

import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.domain.usage.UsageSession;

/**
 * The ended sessions whose balance could not pay all they cost (a machine offline past the last paid
 * minute), for operators: the latest end first.
 */
public interface ListUnpaidSessionsUseCase {

    Paged<UsageSession> listUnpaid(PageQuery query);
}
