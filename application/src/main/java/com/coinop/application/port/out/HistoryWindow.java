package com.coinop.application.port.out;

import java.time.LocalDateTime;

/**
 * One page of a user's history within an optional time window, newest first.
 *
 * @param from   inclusive lower bound, or null for none
 * @param to     inclusive upper bound, or null for none
 * @param offset rows to skip
 * @param limit  rows to return at most
 */
public record HistoryWindow(LocalDateTime from, LocalDateTime to, long offset, int limit) {

    public HistoryWindow {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a history window has offset >= 0 and limit >= 1");
        }
    }

    /** Whether the window has no time bound: every row of the user counts. */
    public boolean isUnbounded() {
        return from == null && to == null;
    }
}
