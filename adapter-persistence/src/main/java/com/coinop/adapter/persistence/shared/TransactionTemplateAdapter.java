package com.coinop.adapter.persistence.shared;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.TransactionPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/**
 * Runs a use case in one database transaction through Spring's {@link TransactionTemplate}.
 *
 * <p>The isolation is READ COMMITTED, not InnoDB's default REPEATABLE READ, because the money use
 * cases re-read a row after losing a conditional update: two payment reports for one order both read
 * it CREATED, one wins {@code UPDATE ... WHERE status = 'CREATED'}, the other waits on the row lock,
 * then updates nothing and reads the order again to learn who won. Under REPEATABLE READ that second
 * read would still return the snapshot (CREATED) taken before the winner committed, and the loser
 * could not tell a duplicate report from a broken invariant; under READ COMMITTED each statement sees
 * the latest committed row. Conditional updates and {@code SELECT ... FOR UPDATE} lock the rows they
 * touch in either level, so no update is lost.
 *
 * <p>A nested call joins the transaction already running.
 *
 * <p>A transaction the database rolled back to break a deadlock, or whose lock wait timed out, is run again
 * from the start, up to {@value #ATTEMPTS} times in all, after a short random pause: it committed nothing,
 * and each use case's work is all database work, so running it again is what a user pressing again would
 * do, without the error. (Two starts on one machine and a charge ending the session there can deadlock on
 * the unique keys of {@code usage_sessions}: InnoDB picks a victim; {@code BankEndToEndTest} found it.) Only
 * the outermost call retries, as only it can undo everything. Still refused after that: the database is
 * too busy to serve it, answered like an outage (503, retry later).
 */
@Component
public class TransactionTemplateAdapter implements TransactionPort {

    static final int ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(TransactionTemplateAdapter.class);

    private final TransactionTemplate template;

    public TransactionTemplateAdapter(PlatformTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return database(() -> template.execute(status -> work.get()));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return database(() -> template.execute(status -> work.get()));
            } catch (PessimisticLockingFailureException lost) {
                if (attempt == ATTEMPTS) {
                    throw new DependencyUnavailableException(DependencyGuard.DATABASE, lost);
                }
                log.info("transaction rolled back by the database ({}), attempt {} of {}: running it again",
                        lost.getClass().getSimpleName(), attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** 5–20 ms times the attempt, so two victims of one deadlock do not meet again at once. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * ThreadLocalRandom.current().nextLong(5, 21));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before running a transaction again", e);
        }
    }
}
