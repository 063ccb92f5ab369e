package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.DuplicateKey;
import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.domain.ledger.DuplicateLedgerEntryException;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.user.UserId;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/** Books balance changes in {@code ledger_entries}, where (kind, reference) is unique. */
@Component
public class LedgerPersistenceAdapter implements LedgerPort {

    private final LedgerEntryMapper mapper;
    private final LedgerEntryConverter converter;

    LedgerPersistenceAdapter(LedgerEntryMapper mapper, LedgerEntryConverter converter) {
        this.mapper = mapper;
        this.converter = converter;
    }

    @Override
    public void append(LedgerEntry entry) {
        LedgerEntryDO row = converter.toRow(entry);
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
