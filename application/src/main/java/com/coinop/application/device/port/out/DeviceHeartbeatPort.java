package com.coinop.application.device.port.out;

import com.coinop.domain.device.DeviceId;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;

/** When each machine last said it is alive. */
public interface DeviceHeartbeatPort {

    /** Records a heartbeat at {@code at}; an earlier one arriving late never moves the time back. */
    void recordHeartbeat(DeviceId id, LocalDateTime at);

    /** The last heartbeats of those of {@code ids} that ever sent one. */
    Map<DeviceId, LocalDateTime> lastHeartbeats(Collection<DeviceId> ids);
}
