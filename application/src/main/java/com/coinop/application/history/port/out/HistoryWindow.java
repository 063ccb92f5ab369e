package com.coinop.application.history.port.out;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a user's history within an optional time window, newest first, or counted from the
 * oldest end when {@code oldestFirst} (see {@link #fromNearerEnd}).
 *
 * @param from        inclusive lower bound, or null for none
 * @param to          inclusive upper bound, or null for none
 * @param offset      rows to skip
 * @param limit       rows to return at most
 * @param oldestFirst whether rows are skipped and returned oldest first
 */
public record HistoryWindow(LocalDateTime from, LocalDateTime to, long offset, int limit, boolean oldestFirst) {

    public HistoryWindow {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a history window has offset >= 0 and limit >= 1");
        }
    }

    /** A page counted from the newest row. */
    public HistoryWindow(LocalDateTime from, LocalDateTime to, long offset, int limit) {
        this(from, to, offset, limit, false);
    }

    /** Whether the window has no time bound: every row of the user counts. */
    public boolean isUnbounded() {
        return from == null && to == null;
    }

    /**
     * This window's page of a history of {@code total} rows, newest first: {@code read} is asked for it
     * from the nearer end, and not at all for a page past the end.
     */
    public <T> List<T> page(long total, Function<HistoryWindow, List<T>> read) {
        if (offset >= total) {
            return List.of();
        }
        HistoryWindow walk = fromNearerEnd(total);
        return walk.newestFirst(read.apply(walk));
    }

    /**
     * The same rows of a newest-first page, asked for from whichever end of the {@code total} rows is
     * nearer: a database walks the offset row by row, so the last pages of a long history cost what the
     * first ones cost, and the middle page is the dearest (half the history, not all of it).
     * {@link #newestFirst} puts the rows back in the page's order.
     */
    public HistoryWindow fromNearerEnd(long total) {
        if (oldestFirst || offset >= total) {
            return this;
        }
        long end = Math.min(offset + limit, total);
        long offsetFromOldest = total - end;
        return offsetFromOldest < offset
                ? new HistoryWindow(from, to, offsetFromOldest, (int) (end - offset), true)
                : this;
    }

    /** {@code rows} read through this window, newest first. */
    public <T> List<T> newestFirst(List<T> rows) {
        if (!oldestFirst) {
            return rows;
        }
        List<T> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }
}
