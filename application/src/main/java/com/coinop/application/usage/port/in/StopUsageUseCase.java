package com.coinop.application.usage.port.in;

import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.user.UserId;

/** The user ends the session in progress on the page ("下机"): it is charged now. */
public interface StopUsageUseCase {

    /** @throws UsageSessionNotFoundException when the user is using no machine */
    ChargeOutcome stop(UserId userId);
}
