package com.coinop.adapter.persistence.shared;

import com.coinop.application.shared.port.out.TransactionPort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
 */
@Component
public class TransactionTemplateAdapter implements TransactionPort {

    private final TransactionTemplate template;

    public TransactionTemplateAdapter(PlatformTransactionManager transactionManager) {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.template = template;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database(() -> template.execute(status -> work.get()));
    }
}
