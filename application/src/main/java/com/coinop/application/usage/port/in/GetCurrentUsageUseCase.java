package com.coinop.application.usage.port.in;

import com.coinop.domain.user.UserId;

import java.util.Optional;

/** The machine the user is using now, if any, and how far its balance goes. */
public interface GetCurrentUsageUseCase {

    Optional<CurrentUsage> current(UserId userId);
}
