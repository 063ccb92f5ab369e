package com.coinop.application.usage.port.in;

import com.coinop.domain.usage.UsageSessionId;

import java.util.List;

/**
 * The background job's round: every session in progress whose balance pays for no further minute ends at
 * the end of its last paid minute (reason {@code BALANCE_USED_UP}), so no session runs on credit.
 */
public interface EndUsedUpSessionsUseCase {

    /** @return the sessions this round ended */
    List<UsageSessionId> endUsedUp();
}
