package com.coinop.adapter.persistence.account;

import com.coinop.application.account.port.out.LedgerPort;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.user.UserId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/** Reads {@code ledger_entries}, where (kind, reference) is unique; {@link AccountBalancePersistenceAdapter} writes it. */
@Component
public class LedgerPersistenceAdapter implements LedgerPort {

    private final LedgerEntryMapper mapper;
    private final LedgerEntryConverter converter;

    LedgerPersistenceAdapter(LedgerEntryMapper mapper, LedgerEntryConverter converter) {
        this.mapper = mapper;
        this.converter = converter;
    }

    @Override
    public Optional<LedgerEntry> findByReference(LedgerReference reference) {
        return database(() -> Optional.ofNullable(
                converter.toDomain(mapper.findByReference(reference.kind().name(), reference.value()))));
    }

    @Override
    public long sumFen(UserId userId) {
        return database(() -> mapper.sumByUser(userId.value()));
    }

    @Override
    public long countByUser(UserId userId) {
        return database(() -> mapper.countByUser(userId.value()));
    }

    @Override
    public List<LedgerEntry> findByUser(UserId userId, long offset, int limit) {
        return database(() -> mapper.findByUser(userId.value(), offset, limit)).stream().map(converter::toDomain).toList();
    }
}
