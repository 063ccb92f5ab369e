package com.coinop.application.shared.port.out;

import org.mockito.stubbing.Answer;

import java.util.function.Supplier;

/**
 * Runs the work like a real transaction would and records what happened: how many transactions ran,
 * committed or rolled back, and whether a port call came from inside one.
 */
public final class RecordingTransactionPort implements TransactionPort {

    private boolean active;
    private int started;
    private int committed;
    private int rolledBack;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (active) {
            throw new AssertionError("a use case opened a transaction inside its own transaction");
        }
        active = true;
        started++;
        try {
            T result = work.get();
            committed++;
            return result;
        } catch (RuntimeException | Error e) {
            rolledBack++;
            throw e;
        } finally {
            active = false;
        }
    }

    /** A stub answer that fails the test when the port is called outside a transaction. */
    public <T> Answer<T> insideTransaction(T result) {
        return invocation -> {
            if (!active) {
                throw new AssertionError(invocation.getMethod().getName() + " called outside the transaction");
            }
            return result;
        };
    }

    public int started() {
        return started;
    }

    public int committed() {
        return committed;
    }

    public int rolledBack() {
        return rolledBack;
    }
}
