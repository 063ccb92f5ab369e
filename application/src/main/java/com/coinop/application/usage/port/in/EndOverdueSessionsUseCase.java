package com.coinop.application.usage.port.in;

import com.coinop.domain.usage.UsageSessionId;

import java.util.List;

/**
 * The background job's round over every session in progress: one whose balance pays for no further minute
 * ends at the end of its last paid minute ({@code BALANCE_USED_UP}), so no session runs on credit; one whose
 * machine has been silent too long ends at the machine's last heartbeat ({@code MACHINE_SILENT}). When both
 * apply, the earlier end wins.
 */
public interface EndOverdueSessionsUseCase {

    /** @return the sessions this round ended */
    List<UsageSessionId> endOverdue();
}
