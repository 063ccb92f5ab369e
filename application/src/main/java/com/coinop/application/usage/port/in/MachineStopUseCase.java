package com.coinop.application.usage.port.in;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.usage.UsageSessionId;

/**
 * The machine ends the session on it (the user logged off at the machine; OCPP's StopTransaction): charged
 * now, once, however many sides end it at the same moment.
 */
public interface MachineStopUseCase {

    /**
     * @return the ended session; {@code alreadyEnded} when it had been ended before (by any side)
     * @throws com.coinop.domain.usage.UsageSessionNotFoundException when no session of this machine has that id
     */
    ChargeOutcome stop(DeviceId device, UsageSessionId session);
}
