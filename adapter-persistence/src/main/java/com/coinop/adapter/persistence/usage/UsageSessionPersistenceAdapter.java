package com.coinop.adapter.persistence.usage;

import com.coinop.adapter.persistence.shared.DuplicateKey;
import com.coinop.adapter.persistence.shared.HistoryBookmarks;
import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.application.history.port.out.ExpenseHistoryPort;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.usage.port.out.SessionInProgress;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageState;
import com.coinop.domain.user.UserId;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/**
 * Stores usage sessions in {@code usage_sessions}, where unique keys on generated columns allow one
 * STARTED session per user and per machine, ends them with a conditional update, pages through a
 * user's expenses, and finds for operators the sessions in progress on given machines and the sessions
 * with an unpaid part.
 */
@Component
public class UsageSessionPersistenceAdapter implements UsageSessionPort, ExpenseHistoryPort {

    private final UsageSessionMapper mapper;
    private final UsageSessionConverter converter;
    /** Each instance's own: a bookmark is checked against the database whenever it is used. */
    private final HistoryBookmarks bookmarks = new HistoryBookmarks(10_000);

    UsageSessionPersistenceAdapter(UsageSessionMapper mapper, UsageSessionConverter converter) {
        this.mapper = mapper;
        this.converter = converter;
    }

    /**
     * The database, not a read before the insert, refuses a second active session: two scans of the
     * same QR code at the same moment cannot both get in.
     */
    @Override
    public UsageSession insert(UsageSession started) {
        require(started.id() == null, "a new usage session has no id yet");
        require(started.state() == UsageState.STARTED, "only a STARTED session is inserted");
        UsageSessionDO row = converter.toRow(started);
        try {
            database(() -> mapper.insert(row));
        } catch (DataAccessException e) {
            if (DuplicateKey.violates(e, "uk_usage_active_user")) {
                throw new IllegalStateTransitionException("USAGE_ALREADY_ACTIVE", "您已有正在使用的设备, 请先下机");
            }
            if (DuplicateKey.violates(e, "uk_usage_active_device")) {
                throw new IllegalStateTransitionException("DEVICE_BUSY", "该设备正在被他人使用, 请稍后再试");
            }
            throw e;
        }
        return new UsageSession(new UsageSessionId(row.getId()), started.userId(), started.deviceId(),
                started.location(), started.pricePerMinute(), started.state(), started.startTime(),
                started.endTime(), started.costSeconds(), started.cost(), started.unpaid(), started.endReason(), started.utime());
    }

    @Override
    public Optional<UsageSession> findById(UsageSessionId id) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findById(id.value()))));
    }

    @Override
    public Optional<UsageSession> findActiveByUser(UserId userId) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findActiveByUser(userId.value()))));
    }

    @Override
    public Optional<UsageSession> findActiveByDevice(DeviceId deviceId) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findActiveByDevice(deviceId.value()))));
    }

    @Override
    public List<SessionInProgress> findInProgress(UserId after, int limit) {
        return database(() -> StoredRows.readThrough(() -> mapper.findInProgress(after == null ? 0 : after.value(),
                limit)));
    }

    @Override
    public List<UsageSession> findActiveOnDevices(Collection<DeviceId> devices) {
        if (devices.isEmpty()) {
            return List.of();
        }
        List<Long> ids = devices.stream().map(DeviceId::value).distinct().toList();
        return database(() -> mapper.findActiveOnDevices(ids)).stream().map(converter::toDomain).toList();
    }

    @Override
    public long countUnpaid() {
        return database(mapper::countUnpaid);
    }

    @Override
    public List<UsageSession> findUnpaid(long offset, int limit) {
        return database(() -> mapper.findUnpaid(offset, limit)).stream().map(converter::toDomain).toList();
    }

    /** Wins only from STARTED: of two concurrent end reports exactly one gets 1 row. */
    @Override
    public boolean markEnded(UsageSession ended) {
        require(ended.id() != null, "markEnded takes a stored session");
        require(ended.state() == UsageState.ENDED, "markEnded takes an ENDED session");
        UsageSessionDO row = converter.toRow(ended);
        // rows matched: the session and its user (whose ended count rises with it), or none
        return database(() -> mapper.markEnded(row)) > 0;
    }

    /** Without time bounds the user's ended count answers, kept by markEnded; else COUNT(*) over the index. */
    @Override
    public long countEnded(UserId userId, HistoryWindow window) {
        if (window.isUnbounded()) {
            Long count = database(() -> mapper.endedSessionCount(userId.value()));
            return count == null ? 0 : count;
        }
        return database(() -> mapper.countEnded(userId.value(), window.from(), window.to()));
    }

    /** Deep in a whole history from a bookmark (HistoryBookmarks), else walking the offset. */
    @Override
    public List<UsageSession> findEnded(UserId userId, HistoryWindow window) {
        long user = userId.value();
        boolean oldestFirst = window.oldestFirst();
        return database(() -> StoredRows.readThrough(() -> bookmarks.page(user, window,
                plain -> mapper.findEnded(user, plain.from(), plain.to(), plain.offset(), plain.limit(), oldestFirst),
                position -> mapper.endedBookmark(user, position, oldestFirst),
                (bookmark, offset) -> mapper.findEndedAfter(user, bookmark, offset, window.limit(), oldestFirst))));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
