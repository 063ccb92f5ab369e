package com.coinop.application.usage.port.in;

import com.coinop.domain.device.DeviceId;

/** A machine says it is alive (OCPP's Heartbeat); the time is recorded and it learns its state. */
public interface MachineHeartbeatUseCase {

    MachineState heartbeat(DeviceId device);
}
