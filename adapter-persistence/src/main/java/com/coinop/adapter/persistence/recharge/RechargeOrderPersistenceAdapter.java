package com.coinop.adapter.persistence.recharge;

import com.coinop.adapter.persistence.shared.DuplicateKey;
import com.coinop.adapter.persistence.shared.HistoryBookmarks;
import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.application.recharge.port.out.DueCheck;
import com.coinop.application.recharge.port.out.OpenRecharges;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeOrderId;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.user.UserId;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/**
 * Stores recharge orders in {@code recharge_orders}, moves their status with conditional updates, and
 * pages through a user's paid recharges.
 */
@Component
public class RechargeOrderPersistenceAdapter implements RechargeOrderPort, RechargeHistoryPort {

    private final RechargeOrderMapper mapper;
    private final RechargeOrderConverter converter;
    /** Each instance's own: a bookmark is checked against the database whenever it is used. */
    private final HistoryBookmarks bookmarks = new HistoryBookmarks(10_000);

    RechargeOrderPersistenceAdapter(RechargeOrderMapper mapper, RechargeOrderConverter converter) {
        this.mapper = mapper;
        this.converter = converter;
    }

    @Override
    public RechargeOrder insert(RechargeOrder order, LocalDateTime firstCheck) {
        require(order.id() == null, "a new recharge order has no id yet");
        require(order.status() == RechargeStatus.CREATED, "a new recharge order waits for payment");
        RechargeOrderDO row = converter.toRow(order);
        row.setNextCheckTime(firstCheck);
        try {
            database(() -> mapper.insert(row));
        } catch (DataAccessException e) {
            throw translateDuplicate(e, order);
        }
        return new RechargeOrder(new RechargeOrderId(row.getId()), order.userId(), order.outTradeNo(), order.amount(),
                order.status(), order.transactionId(), order.payTime(), order.expireTime(), order.ctime(), order.utime());
    }

    @Override
    public Optional<RechargeOrder> findByOutTradeNo(OutTradeNo outTradeNo) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findByOutTradeNo(outTradeNo.value()))));
    }

    @Override
    public OpenRecharges openOf(UserId userId) {
        return database(() -> {
            long count = mapper.countOpen(userId.value());
            return count == 0 ? OpenRecharges.NONE : new OpenRecharges(count, mapper.earliestOpenExpiry(userId.value()));
        });
    }

    /**
     * Wins only from CREATED or CLOSED and only for the stored amount: of two concurrent reports exactly
     * one gets the rows.
     */
    @Override
    public boolean markPaid(RechargeOrder paid) {
        require(paid.status() == RechargeStatus.PAID, "markPaid takes a PAID order");
        RechargeOrderDO row = converter.toRow(paid);
        try {
            // rows matched: the order and its user (whose paid count rises with it), or none
            return database(() -> mapper.markPaid(row)) > 0;
        } catch (DataAccessException e) {
            throw translateDuplicate(e, paid);
        }
    }

    @Override
    public boolean markClosed(RechargeOrder closed) {
        return close(closed, null);
    }

    @Override
    public boolean markClosedUnconfirmed(RechargeOrder closed, LocalDateTime recheck) {
        require(recheck != null, "an unconfirmed close is checked again");
        return close(closed, recheck);
    }

    @Override
    public void confirmClosed(OutTradeNo outTradeNo) {
        database(() -> mapper.confirmClosed(outTradeNo.value()));
    }

    private boolean close(RechargeOrder closed, LocalDateTime recheck) {
        require(closed.status() == RechargeStatus.CLOSED, "markClosed takes a CLOSED order");
        RechargeOrderDO row = converter.toRow(closed);
        return database(() -> mapper.markClosed(row, recheck)) == 1;
    }

    @Override
    public List<DueCheck> findDueChecks(LocalDateTime now, int limit) {
        return database(() -> mapper.findDueChecks(now, limit)).stream()
                .map(row -> new DueCheck(converter.toDomain(row), row.getCheckCount(), row.getNextCheckTime()))
                .toList();
    }

    @Override
    public boolean claimCheck(DueCheck due, LocalDateTime next) {
        return database(() -> mapper.claimCheck(due.order().outTradeNo().value(), due.nextCheck(), next)) == 1;
    }

    /** Without time bounds the user's paid count answers, kept by markPaid; else COUNT(*) over the index. */
    @Override
    public long countPaid(UserId userId, HistoryWindow window) {
        if (window.isUnbounded()) {
            Long count = database(() -> mapper.paidRechargeCount(userId.value()));
            return count == null ? 0 : count;
        }
        return database(() -> mapper.countPaid(userId.value(), window.from(), window.to()));
    }

    /** Deep in a whole history from a bookmark (HistoryBookmarks), else walking the offset. */
    @Override
    public List<RechargeOrder> findPaid(UserId userId, HistoryWindow window) {
        long user = userId.value();
        boolean oldestFirst = window.oldestFirst();
        return database(() -> StoredRows.readThrough(() -> bookmarks.page(user, window,
                plain -> mapper.findPaid(user, plain.from(), plain.to(), plain.offset(), plain.limit(), oldestFirst),
                position -> mapper.paidBookmark(user, position, oldestFirst),
                (bookmark, offset) -> mapper.findPaidAfter(user, bookmark, offset, window.limit(), oldestFirst))));
    }

    private static RuntimeException translateDuplicate(DataAccessException e, RechargeOrder order) {
        if (DuplicateKey.violates(e, "uk_recharge_out_trade_no")) {
            return new IllegalStateTransitionException("DUPLICATE_OUT_TRADE_NO",
                    "商户订单号已存在: " + order.outTradeNo().value());
        }
        if (DuplicateKey.violates(e, "uk_recharge_transaction_id")) {
            return new IllegalStateTransitionException("DUPLICATE_TRANSACTION_ID",
                    "微信支付订单号已用于其他充值单: " + order.transactionId().value());
        }
        return e;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
