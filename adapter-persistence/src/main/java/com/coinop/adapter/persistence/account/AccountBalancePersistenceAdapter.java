package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.DuplicateKey;
import com.coinop.adapter.persistence.shared.Transactions;
import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.BalanceMove;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDateTime;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/**
 * Moves balances in {@code users} and books each move in {@code ledger_entries}. The balance changes
 * by one conditional UPDATE whose affected row count decides the outcome (never read-modify-write in
 * Java), and the entry is inserted under the row lock that UPDATE took, so its balance_after is exact.
 * Both statements run behind a savepoint: when the reference was booked before, the UPDATE is undone
 * with it, so not even a caller that catches the refusal inside its transaction keeps half a move.
 */
@Component
public class AccountBalancePersistenceAdapter implements AccountBalancePort {

    private final UserMapper users;
    private final LedgerEntryMapper ledger;
    private final UserConverter userConverter;
    private final LedgerEntryConverter ledgerConverter;
    private final UserProfileCache profiles;
    private final TransactionTemplate savepoint;

    AccountBalancePersistenceAdapter(UserMapper users, LedgerEntryMapper ledger, UserConverter userConverter,
                                     LedgerEntryConverter ledgerConverter, UserProfileCache profiles,
                                     PlatformTransactionManager transactionManager) {
        this.users = users;
        this.ledger = ledger;
        this.userConverter = userConverter;
        this.ledgerConverter = ledgerConverter;
        this.profiles = profiles;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Account lockAccount(UserId userId) {
        Transactions.requireActive("balance moves");
        return database(() -> {
            UserDO row = users.lockById(userId.value());
            if (row == null) {
                throw new UserNotFoundException(userId);
            }
            return userConverter.toAccount(row);
        });
    }

    @Override
    public BalanceMove credit(UserId userId, Money amount, LedgerReference reference, LocalDateTime at) {
        requireDirection(reference, LedgerKind.Direction.CREDIT);
        return move(userId, amount, reference, at, () -> {
            if (users.credit(userId.value(), amount.fen(), at) == 0) {
                throw new UserNotFoundException(userId);
            }
        });
    }

    @Override
    public BalanceMove debit(UserId userId, Money amount, LedgerReference reference, LocalDateTime at) {
        requireDirection(reference, LedgerKind.Direction.DEBIT);
        return move(userId, amount, reference, at, () -> {
            if (users.debit(userId.value(), amount.fen(), at) == 0) {
                if (users.balanceOf(userId.value()) == null) {
                    throw new UserNotFoundException(userId);
                }
                throw new InsufficientBalanceException(userId, amount);
            }
        });
    }

    private BalanceMove move(UserId userId, Money amount, LedgerReference reference, LocalDateTime at,
                             Runnable changeBalance) {
        Transactions.requireActive("balance moves");
        // a move of zero would change nothing and could have no ledger entry (entries are never zero)
        InvalidValueException.require(!amount.isZero(), "INVALID_AMOUNT", "金额必须大于 0");
        return database(() -> {
            try {
                LedgerEntry entry = savepoint.execute(status -> {
                    changeBalance.run();
                    // the UPDATE holds the row's lock until the transaction ends, so this is our own result
                    Money balanceAfter = Money.ofFen(users.balanceOf(userId.value()));
                    LedgerEntry booked = new LedgerEntry(userId, reference, amount, balanceAfter, at);
                    ledger.insert(ledgerConverter.toRow(booked));
                    return booked;
                });
                profiles.changed(userId);
                return new BalanceMove(entry, false);
            } catch (DataAccessException e) {
                if (DuplicateKey.violates(e, "uk_ledger_kind_reference")) {
                    return bookedBefore(userId, amount, reference);
                }
                throw e;
            }
        });
    }

    /** A retry of the same move comes back as it was booked; anything else under that reference is a conflict. */
    private BalanceMove bookedBefore(UserId userId, Money amount, LedgerReference reference) {
        LedgerEntry earlier = ledgerConverter.toDomain(ledger.findByReference(reference.kind().name(), reference.value()));
        if (earlier == null || !earlier.userId().equals(userId) || !earlier.amount().equals(amount)) {
            throw new DuplicateLedgerEntryException(reference);
        }
        return new BalanceMove(earlier, true);
    }

    private static void requireDirection(LedgerReference reference, LedgerKind.Direction direction) {
        if (reference.kind().direction() != direction) {
            throw new IllegalArgumentException(reference.kind() + " is not a " + direction + " kind");
        }
    }
}
