package com.coinop.application.shared.port.out;

import java.util.function.Supplier;

/** Runs one whole use case in one database transaction: all of it commits, or none of it. */
public interface TransactionPort {

    /** Runs {@code work} in a transaction; an exception out of it rolls everything back and is rethrown. */
    <T> T inTransaction(Supplier<T> work);
}
