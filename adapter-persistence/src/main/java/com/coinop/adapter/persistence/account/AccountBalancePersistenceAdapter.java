package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.Transactions;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/**
 * Moves balances in {@code users}, each move one conditional UPDATE whose affected row count decides
 * the outcome; never read-modify-write in Java.
 */
@Component
public class AccountBalancePersistenceAdapter implements AccountBalancePort {

    private final UserMapper mapper;
    private final UserConverter converter;
    private final UserProfileCache profiles;

    AccountBalancePersistenceAdapter(UserMapper mapper, UserConverter converter, UserProfileCache profiles) {
        this.mapper = mapper;
        this.converter = converter;
        this.profiles = profiles;
    }

    @Override
    public Account lockAccount(UserId userId) {
        Transactions.requireActive("balance moves");
        return database(() -> {
            UserDO row = mapper.lockById(userId.value());
            if (row == null) {
                throw new UserNotFoundException(userId);
            }
            return converter.toAccount(row);
        });
    }

    @Override
    public Money credit(UserId userId, Money amount, LocalDateTime at) {
        Transactions.requireActive("balance moves");
        requirePositive(amount);
        return database(() -> {
            if (mapper.credit(userId.value(), amount.fen(), at) == 0) {
                throw new UserNotFoundException(userId);
            }
            profiles.changed(userId);
            return balanceOf(userId);
        });
    }

    @Override
    public Money debit(UserId userId, Money amount, LocalDateTime at) {
        Transactions.requireActive("balance moves");
        requirePositive(amount);
        return database(() -> {
            if (mapper.debit(userId.value(), amount.fen(), at) == 0) {
                if (mapper.balanceOf(userId.value()) == null) {
                    throw new UserNotFoundException(userId);
                }
                throw new InsufficientBalanceException(userId, amount);
            }
            profiles.changed(userId);
            return balanceOf(userId);
        });
    }

    /** The UPDATE just made holds the row's lock until the transaction ends, so this is our own result. */
    private Money balanceOf(UserId userId) {
        return Money.ofFen(mapper.balanceOf(userId.value()));
    }

    /** A move of zero would change nothing and could have no ledger entry (entries are never zero). */
    private static void requirePositive(Money amount) {
        InvalidValueException.require(!amount.isZero(), "INVALID_AMOUNT", "金额必须大于 0");
    }
}
