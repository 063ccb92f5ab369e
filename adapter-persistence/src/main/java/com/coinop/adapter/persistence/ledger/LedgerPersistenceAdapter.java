package com.coinop.adapter.persistence.ledger;

import com.coinop.adapter.persistence.support.DuplicateKey;
import com.coinop.application.port.out.LedgerPort;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.user.UserId;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import static com.coinop.adapter.persistence.support.DependencyGuard.database;

/** Books balance changes in {@code ledger_entries}, where (kind, reference) is unique. */
@Component
public class LedgerPersistenceAdapter implements LedgerPort {

    private final LedgerEntryMapper mapper;
    private final LedgerEntryRowMapper rows;

    LedgerPersistenceAdapter(LedgerEntryMapper mapper, LedgerEntryRowMapper rows) {
        this.mapper = mapper;
        this.rows = rows;
    }

    @Override
    public void append(LedgerEntry entry) {
        LedgerEntryDO row = rows.toRow(entry);
        try {
            database(() -> mapper.insert(row));
        } catch (DataAccessException e) {
            if (DuplicateKey.violates(e, "uk_ledger_kind_reference")) {
                throw new DuplicateLedgerEntryException(entry.kind(), entry.reference());
            }
            throw e;
        }
    }

    @Override
    public long sumFen(UserId userId) {
        return database(() -> mapper.sumByUser(userId.value()));
    }
}
