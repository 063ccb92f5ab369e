package com.coinop.application.usage.port.in;

import java.time.Duration;
import java.util.Optional;

/**
 * What a machine learns at each heartbeat: when to send the next one, and the session in progress on it
 * (whose, since when, the minutes the balance still pays for), if any.
 */
public record MachineState(Duration heartbeatInterval, Optional<CurrentUsage> session) {
}
