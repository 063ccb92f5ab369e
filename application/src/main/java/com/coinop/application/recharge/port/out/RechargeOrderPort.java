package com.coinop.application.recharge.port.out;

import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;

import java.util.Optional;

/** Stores recharge orders and moves their state with conditional updates. */
public interface RechargeOrderPort {

    /** Stores a new order and returns it with its id. */
    RechargeOrder insert(RechargeOrder order);

    Optional<RechargeOrder> findByOutTradeNo(OutTradeNo outTradeNo);

    /**
     * Stores {@code paid} only if the stored order is still CREATED with the same amount.
     *
     * @return whether this call made the order paid (false: someone else did first, or it is closed)
     */
    boolean markPaid(RechargeOrder paid);

    /**
     * Stores {@code closed} only if the stored order is still CREATED.
     *
     * @return whether this call closed the order
     */
    boolean markClosed(RechargeOrder closed);
}
