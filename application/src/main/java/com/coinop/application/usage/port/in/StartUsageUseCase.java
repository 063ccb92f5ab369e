package com.coinop.application.usage.port.in;

import com.coinop.domain.device.DeviceDisabledException;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserDisabledException;

/** A signed-in user scanned a machine's QR code and starts using the machine now. */
public interface StartUsageUseCase {

    /**
     * @throws InvalidValueException          {@code INVALID_QR}: not a machine's QR code of this service
     * @throws DeviceNotFoundException        no such machine
     * @throws DeviceDisabledException        the machine is switched off
     * @throws UserDisabledException          the user is disabled
     * @throws InsufficientBalanceException   the balance pays for less than one minute of the machine
     * @throws IllegalStateTransitionException {@code USAGE_ALREADY_ACTIVE} (the user uses a machine) or
     *                                        {@code DEVICE_BUSY} (someone uses this one)
     */
    UsageStarted start(StartUsageCommand command);
}
