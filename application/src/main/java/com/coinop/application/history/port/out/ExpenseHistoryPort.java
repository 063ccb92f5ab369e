package com.coinop.application.history.port.out;

import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.UserId;

import java.util.List;

/** Reads a user's ended usage sessions (the expenses), filtered and ordered by end time. */
public interface ExpenseHistoryPort {

    /** How many ended sessions of the user fall in the window's time bounds. */
    long countEnded(UserId userId, HistoryWindow window);

    /** The window's page of ended sessions, newest end time first, then highest id (oldest first and lowest id for an oldest-first window). */
    List<UsageSession> findEnded(UserId userId, HistoryWindow window);
}
