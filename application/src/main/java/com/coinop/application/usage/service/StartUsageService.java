package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.StartUsageCommand;
import com.coinop.application.usage.port.in.StartUsageUseCase;
import com.coinop.application.usage.port.in.UsageStarted;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserNotFoundException;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Starts a session in one transaction that holds the user's row, so the balance it checks cannot change
 * under it (a session ending at the same moment waits, and the start sees what it left). The database's
 * unique keys, not a read before the insert, refuse a second session of the user or on the machine.
 */
public class StartUsageService implements StartUsageUseCase {

    private final LoadUserPort loadUserPort;
    private final LoadDevicePort loadDevicePort;
    private final UsageSessionPort usageSessionPort;
    private final TransactionPort transactionPort;
    private final ClockPort clock;
    private final MachineQrCodes qrCodes;

    public StartUsageService(LoadUserPort loadUserPort, LoadDevicePort loadDevicePort, UsageSessionPort usageSessionPort,
                             TransactionPort transactionPort, ClockPort clock, MachineQrCodes qrCodes) {
        this.loadUserPort = loadUserPort;
        this.loadDevicePort = loadDevicePort;
        this.usageSessionPort = usageSessionPort;
        this.transactionPort = transactionPort;
        this.clock = clock;
        this.qrCodes = qrCodes;
    }

    @Override
    public UsageStarted start(StartUsageCommand command) {
        DeviceId machine = qrCodes.read(command.qr());
        return transactionPort.inTransaction(() -> {
            User user = loadUserPort.lockById(command.userId())
                    .orElseThrow(() -> new UserNotFoundException(command.userId()))
                    .requireActive();
            // the machine's row is held too, and only then is the clock read: an end of the machine's last
            // session holds it until it commits, so no session starts before the previous one ended
            Device device = loadDevicePort.lockById(machine).orElseThrow(() -> new DeviceNotFoundException(machine));
            LocalDateTime now = clock.now();
            UsageSession started = usageSessionPort.insert(UsageSession.start(user.id(), device,
                    user.account().balance(), now));
            long minutesPaid = Duration.between(now, started.paidUntil(user.account().balance())).toMinutes();
            return new UsageStarted(started, minutesPaid);
        });
    }
}
