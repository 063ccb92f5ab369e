package com.coinop.application.shared.port.out;

import java.time.LocalDateTime;

/** The current wall-clock time in the business time zone (configuration, default Asia/Shanghai). */
public interface ClockPort {

    LocalDateTime now();
}
