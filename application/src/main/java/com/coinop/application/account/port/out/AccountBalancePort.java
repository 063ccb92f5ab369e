package com.coinop.application.account.port.out;

import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

import java.time.LocalDateTime;

/**
 * Moves a user's balance and books the move in the ledger, as one operation: the balance changes by
 * one conditional SQL statement and its ledger entry is written with it, both or neither, inside the
 * use case's {@link TransactionPort#inTransaction} (outside one, every call is refused). There is no
 * other way to change a balance.
 */
public interface AccountBalancePort {

    /**
     * Reads the account and holds the user's row until the transaction ends, for a use case that
     * must decide an amount from the balance (the cost of a session is capped by it).
     *
     * @throws UserNotFoundException when there is no such user
     */
    Account lockAccount(UserId userId);

    /**
     * Adds {@code amount} to the total (and so to the balance) and books it under {@code reference},
     * whose kind must be a credit. A reference booked before for the same user and amount is a retry:
     * nothing changes and the entry booked then comes back.
     *
     * @throws UserNotFoundException         when there is no such user
     * @throws DuplicateLedgerEntryException when the reference was booked for another user or amount
     * @throws IllegalArgumentException      when the reference is of a debit kind
     */
    BalanceMove credit(UserId userId, Money amount, LedgerReference reference, LocalDateTime at);

    /**
     * Adds {@code amount} to the used total, only where the balance covers it, and books it under
     * {@code reference}, whose kind must be a debit. A retried reference changes nothing, as for
     * {@link #credit}.
     *
     * @throws InsufficientBalanceException  when the balance is smaller than {@code amount}
     * @throws UserNotFoundException         when there is no such user
     * @throws DuplicateLedgerEntryException when the reference was booked for another user or amount
     * @throws IllegalArgumentException      when the reference is of a credit kind
     */
    BalanceMove debit(UserId userId, Money amount, LedgerReference reference, LocalDateTime at);
}
