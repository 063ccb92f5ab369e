package com.coinop.application.account.service;

import com.coinop.application.account.port.in.EnableUserUseCase;
import com.coinop.application.account.port.in.UserStateChange;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;

import java.util.Optional;

/** Enables a user again, in one transaction that holds the user's row (as a disable does). */
public class EnableUserService implements EnableUserUseCase {

    private final LoadUserPort loadUserPort;
    private final SaveUserPort saveUserPort;
    private final TransactionPort transactionPort;
    private final ClockPort clock;

    public EnableUserService(LoadUserPort loadUserPort, SaveUserPort saveUserPort, TransactionPort transactionPort,
                             ClockPort clock) {
        this.loadUserPort = loadUserPort;
        this.saveUserPort = saveUserPort;
        this.transactionPort = transactionPort;
        this.clock = clock;
    }

    @Override
    public UserStateChange enable(UserId userId) {
        return transactionPort.inTransaction(() -> {
            User user = loadUserPort.lockById(userId).orElseThrow(() -> new UserNotFoundException(userId));
            if (user.isActive() || !saveUserPort.changeState(userId, UserState.ACTIVE, clock.now())) {
                return new UserStateChange(user, false, Optional.empty());
            }
            User after = loadUserPort.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
            return new UserStateChange(after, true, Optional.empty());
        });
    }
}
