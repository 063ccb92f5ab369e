package com.coinop.application.recharge.port.out;

import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.UserId;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Stores recharge orders, moves their state with conditional updates, and keeps, for each order waiting
 * for payment (or closed here while WeChat Pay could not confirm it), when WeChat Pay is to be asked
 * about it next.
 */
public interface RechargeOrderPort {

    /** Stores a new order, to be checked with WeChat Pay first at {@code firstCheck}, and returns it with its id. */
    RechargeOrder insert(RechargeOrder order, LocalDateTime firstCheck);

    Optional<RechargeOrder> findByOutTradeNo(OutTradeNo outTradeNo);

    /** The user's orders waiting for payment. Call it under the user's row lock to count without a race. */
    OpenRecharges openOf(UserId userId);

    /**
     * Stores {@code paid} only if the stored order is CREATED, or CLOSED (a late payment), with the same
     * amount. Call it inside {@link TransactionPort#inTransaction}.
     *
     * @return whether this call made the order paid (false: someone else did first)
     */
    boolean markPaid(RechargeOrder paid);

    /**
     * Stores {@code closed}, which WeChat Pay confirmed it closed, only if the stored order is still CREATED.
     *
     * @return whether this call closed the order
     */
    boolean markClosed(RechargeOrder closed);

    /**
     * Stores {@code closed} only if the stored order is still CREATED, while WeChat Pay could not be told:
     * it is asked again at {@code recheck} (a payment it took meanwhile is then credited).
     *
     * @return whether this call closed the order
     */
    boolean markClosedUnconfirmed(RechargeOrder closed, LocalDateTime recheck);

    /** WeChat Pay confirmed the close of a CLOSED order: no more checks. */
    void confirmClosed(OutTradeNo outTradeNo);

    /**
     * Orders whose check is due at {@code now} (waiting for payment, or closed unconfirmed), the longest
     * due first, at most {@code limit}.
     */
    List<DueCheck> findDueChecks(LocalDateTime now, int limit);

    /**
     * Takes the due check of {@code due} for this caller and puts the next one at {@code next}: only if
     * nobody took this check before (its next check is still {@code due.nextCheck()}) and the order was not
     * paid or confirmed closed meanwhile.
     *
     * @return whether this caller took it
     */
    boolean claimCheck(DueCheck due, LocalDateTime next);
}
