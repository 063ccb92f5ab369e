package com.coinop.application.recharge.port.out;

import java.time.LocalDateTime;

/**
 * A user's orders still waiting for payment: how many, and when the first of them expires (null when
 * there are none).
 */
public record OpenRecharges(long count, LocalDateTime earliestExpiry) {

    public static final OpenRecharges NONE = new OpenRecharges(0, null);
}
