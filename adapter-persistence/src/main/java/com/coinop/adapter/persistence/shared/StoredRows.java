package com.coinop.adapter.persistence.shared;

import com.coinop.domain.shared.InvalidValueException;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where a row of our own database becomes a domain object. A value the domain refuses
 * there was written by us (or behind our back), so it is a server fault, never the caller's: it becomes
 * an {@link UnreadableRowException} naming the table and the row's id, which the web adapter logs and
 * answers with a bare 500, instead of an {@link InvalidValueException} that would read as a 400.
 */
public final class StoredRows {

    private StoredRows() {
    }

    /** {@code convert(row)}, or null for no row. */
    public static <R, T> T read(String table, R row, Function<R, Object> id, Function<R, T> convert) {
        if (row == null) {
            return null;
        }
        try {
            return convert.apply(row);
        } catch (InvalidValueException | IllegalArgumentException | NullPointerException refused) {
            throw new UnreadableRowException(table, id.apply(row), refused);
        }
    }

    /**
     * {@code statement()}, whose rows a row reader (a MyBatis type handler) turns into domain objects: an
     * unreadable row it met is thrown as itself, not wrapped in MyBatis's exceptions.
     */
    public static <T> T readThrough(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof UnreadableRowException unreadable) {
                    throw unreadable;
                }
            }
            throw e;
        }
    }

    /** A stored row holds a value the domain refuses. */
    public static final class UnreadableRowException extends IllegalStateException {

        UnreadableRowException(String table, Object id, RuntimeException refused) {
            super(table + " row " + id + " holds a value the domain refuses: " + refused.getMessage(), refused);
        }
    }
}
