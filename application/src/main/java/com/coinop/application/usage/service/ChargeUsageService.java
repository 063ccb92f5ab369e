package com.coinop.application.usage.service;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.usage.UsageState;
import com.coinop.domain.user.Account;

/**
 * Ends a usage session and charges it once. In one transaction: the user's row is locked so the
 * cost can be capped by the balance, the session moves STARTED → ENDED with a conditional update,
 * and the used total rises by one conditional debit booked under the session id. A repeated end
 * report returns the stored expense and changes nothing.
 */
public class ChargeUsageService implements ChargeUsageUseCase {

    private final UsageSessionPort usageSessionPort;
    private final AccountBalancePort accountBalancePort;
    private final LoadDevicePort loadDevicePort;
    private final TransactionPort transactionPort;

    public ChargeUsageService(UsageSessionPort usageSessionPort, AccountBalancePort accountBalancePort,
                              LoadDevicePort loadDevicePort, TransactionPort transactionPort) {
        this.usageSessionPort = usageSessionPort;
        this.accountBalancePort = accountBalancePort;
        this.loadDevicePort = loadDevicePort;
        this.transactionPort = transactionPort;
    }

    @Override
    public ChargeOutcome charge(ChargeUsageCommand command) {
        return transactionPort.inTransaction(() -> {
            UsageSession session = load(command.sessionId());
            if (session.state() == UsageState.ENDED) {
                return new ChargeOutcome(session, true);
            }
            Account account = accountBalancePort.lockAccount(session.userId());
            // held to the commit: the machine's next start waits for this end before it reads the clock
            loadDevicePort.lockById(session.deviceId());
            UsageSession ended = session.end(command.endTime(), account.balance(), command.reason());
            if (!usageSessionPort.markEnded(ended)) {
                return new ChargeOutcome(load(command.sessionId()), true);
            }
            if (!ended.cost().isZero()) {
                accountBalancePort.debit(ended.userId(), ended.cost(), ended.ledgerReference(), command.endTime());
            }
            return new ChargeOutcome(ended, false);
        });
    }

    private UsageSession load(UsageSessionId id) {
        return usageSessionPort.findById(id).orElseThrow(() -> new UsageSessionNotFoundException(id));
    }
}
