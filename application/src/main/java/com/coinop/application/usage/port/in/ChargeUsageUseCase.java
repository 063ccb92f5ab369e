package com.coinop.application.usage.port.in;

import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageSessionNotFoundException;

/**
 * A usage session ends: compute its cost, lower the balance by it and keep the expense, exactly
 * once however often the end is reported.
 */
public interface ChargeUsageUseCase {

    /**
     * @throws UsageSessionNotFoundException when there is no such session
     * @throws InvalidValueException         when the end time is before the start
     */
    ChargeOutcome charge(ChargeUsageCommand command);
}
