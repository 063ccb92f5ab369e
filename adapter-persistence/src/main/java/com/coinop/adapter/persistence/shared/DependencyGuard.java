package com.coinop.adapter.persistence.shared;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import org.redisson.client.RedisException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * The one place where a database or Redis that is down becomes a {@link DependencyUnavailableException}:
 * every adapter call to MyBatis, the transaction manager or Redisson goes through here, so the web
 * adapter sees one exception type (503) and never a driver or Spring class.
 */
public final class DependencyGuard {

    public static final String DATABASE = "database";
    public static final String REDIS = "redis";

    /** SQLSTATE class 08: connection exception (refused, lost, handshake failed). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DependencyGuard() {
    }

    /** Runs a database call; a failure to reach the database or get an answer in time becomes unavailable. */
    public static <T> T database(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (isDatabaseUnreachable(e)) {
                throw new DependencyUnavailableException(DATABASE, e);
            }
            throw e;
        }
    }

    /** Runs a Redis call; Redisson's connection, timeout and shutdown failures become unavailable. */
    public static <T> T redis(Supplier<T> call) {
        try {
            return call.get();
        } catch (RedisException e) {
            throw new DependencyUnavailableException(REDIS, e);
        }
    }

    /**
     * Whether {@code failure} says the database could not be reached or did not answer, as opposed to
     * a statement it refused (a duplicate key, a check constraint, a deadlock), which is for the
     * caller to handle.
     */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DependencyUnavailableException) {
                return false;
            }
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
