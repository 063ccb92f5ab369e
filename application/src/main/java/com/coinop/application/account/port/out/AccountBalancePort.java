package com.coinop.application.account.port.out;

import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

import java.time.LocalDateTime;

/**
 * Moves a user's balance, each move one conditional SQL statement. Call it only inside
 * {@link TransactionPort#inTransaction}, together with the ledger entry of the move.
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
     * Adds {@code amount} to the total (and so to the balance).
     *
     * @return the balance after the credit
     * @throws UserNotFoundException when there is no such user
     */
    Money credit(UserId userId, Money amount, LocalDateTime at);

    /**
     * Adds {@code amount} to the used total, only where the balance covers it.
     *
     * @return the balance after the debit
     * @throws InsufficientBalanceException when the balance is smaller than {@code amount}
     * @throws UserNotFoundException when there is no such user
     */
    Money debit(UserId userId, Money amount, LocalDateTime at);
}
