package com.coinop.adapter.persistence.shared;

import com.coinop.application.shared.port.out.TransactionPort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
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
 * <p>A transaction the database chose as a deadlock's victim is run again, up to {@value #ATTEMPTS} times in
 * all: InnoDB has rolled all of it back and asks for exactly that. Starts of distinct users on distinct
 * machines deadlock on the gaps of the unique keys of sessions in progress (each insert's duplicate check
 * share-locks the gap around the key its user's last, just ended session left behind), seen in
 * bench/usage.sh: one 500 in a 3-second trial of about 300 pairs. The work is only database work, so
 * running it again is safe; a nested call leaves that to the outermost.
 */
@Component
public class TransactionTemplateAdapter implements TransactionPort {

    static final int ATTEMPTS = 3;
    private static final String DEADLOCK_VICTIM = "40001";

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
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isDeadlockVictim(e)) {
                    throw e;
                }
            }
        }
    }

    /** SQLSTATE 40001: MySQL and MariaDB rolled the transaction back to break a deadlock (error 1213). */
    static boolean isDeadlockVictim(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && DEADLOCK_VICTIM.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
