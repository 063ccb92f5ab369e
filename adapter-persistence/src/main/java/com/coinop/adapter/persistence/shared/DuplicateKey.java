package com.coinop.adapter.persistence.shared;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Recognises a MySQL / MariaDB duplicate-key error (1062) and the unique key it hit, so an adapter
 * can turn a refused insert into the domain exception of that rule.
 */
public final class DuplicateKey {

    private static final int ER_DUP_ENTRY = 1062;

    private DuplicateKey() {
    }

    /**
     * Whether {@code failure} is a duplicate on the unique key named {@code keyName}. MySQL 8 names
     * the key {@code 'table.key'}, MariaDB {@code 'key'}; both end with the key name and a quote.
     */
    public static boolean violates(Throwable failure, String keyName) {
        return duplicateMessage(failure).filter(message -> message.contains(keyName + "'")).isPresent();
    }

    /** Whether {@code failure} is a duplicate on any unique key. */
    public static boolean isDuplicate(Throwable failure) {
        return duplicateMessage(failure).isPresent();
    }

    private static Optional<String> duplicateMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return Optional.ofNullable(sql.getMessage());
            }
        }
        return Optional.empty();
    }
}
