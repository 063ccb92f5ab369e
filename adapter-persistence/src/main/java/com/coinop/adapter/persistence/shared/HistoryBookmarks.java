package com.coinop.adapter.persistence.shared;

import com.coinop.application.history.port.out.HistoryWindow;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Bookmarks in users' long histories, so that a page deep in one is a seek in the index and a short walk
 * instead of a walk over every row before it (a database skips an OFFSET row by row: the middle page
 * of 10,000 expenses walked 5,000 index entries and cost the database four times the first page,
 * bench/README.md).
 *
 * <p>A bookmark is the sort key of the row just before position {@code STEP * k} of one user's
 * history in one direction, read together with the user's count of history rows
 * ({@code ended_session_count}, {@code paid_recharge_count}) in one statement. A history only grows,
 * and every new row raises that count in the statement that adds it (an ended session never changes
 * again, a paid recharge neither), so while the count is unchanged the bookmark is still at its
 * position. The page statement checks the count in the same statement as it reads the page and
 * returns nothing when it has moved; then the bookmark is read again. Each instance keeps its own
 * bookmarks in memory: a stale one is refused by the database, never trusted.
 *
 * <p>Only pages of a whole history use bookmarks: the count is of all of a user's rows, not of those in
 * a time window, so a page within time bounds is always read the plain way.
 */
public final class HistoryBookmarks {

    /** Rows between two bookmarks: a page walks fewer than this past its bookmark. */
    public static final int STEP = 100;

    private final Cache<Key, HistoryBookmark> bookmarks;

    public HistoryBookmarks(long maximumSize) {
        this.bookmarks = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /**
     * The window's page of {@code userId}'s history.
     *
     * @param plain    the page read the plain way, walking the whole offset
     * @param bookmark the bookmark at the row of a position (the count of rows before that row), or null
     *                 when the history is not that long
     * @param after    the page's rows after a bookmark: {@code limit} rows past the given offset from
     *                 it, or none when the user's count is no longer the bookmark's version
     */
    public <T> List<T> page(long userId, HistoryWindow window, Function<HistoryWindow, List<T>> plain,
                            LongFunction<HistoryBookmark> bookmark, AfterBookmark<T> after) {
        if (!window.isUnbounded() || window.offset() < STEP) {
            return plain.apply(window);
        }
        long position = window.offset() / STEP * STEP;
        Key key = new Key(userId, window.oldestFirst(), position);
        HistoryBookmark kept = bookmarks.getIfPresent(key);
        if (kept != null) {
            List<T> page = after.read(kept, window.offset() - position);
            if (!page.isEmpty()) {
                return page;
            }
            bookmarks.invalidate(key);
        }
        HistoryBookmark fresh = bookmark.apply(position - 1);
        if (fresh != null) {
            List<T> page = after.read(fresh, window.offset() - position);
            if (!page.isEmpty()) {
                bookmarks.put(key, fresh);
                return page;
            }
        }
        return plain.apply(window);
    }

    /** The rows after a bookmark, or none when it is stale. */
    @FunctionalInterface
    public interface AfterBookmark<T> {

        List<T> read(HistoryBookmark bookmark, long offset);
    }

    private record Key(long userId, boolean oldestFirst, long position) {
    }
}
