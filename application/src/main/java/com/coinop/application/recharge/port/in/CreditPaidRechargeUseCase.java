package com.coinop.application.recharge.port.in;

import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.shared.IllegalStateTransitionException;

/**
 * A recharge order is paid: mark it PAID and raise the user's balance, exactly once however often
 * WeChat Pay reports it.
 */
public interface CreditPaidRechargeUseCase {

    /**
     * @throws RechargeOrderNotFoundException when no order has that out_trade_no
     * @throws PaidAmountMismatchException    when the paid amount is not the order's amount
     * @throws IllegalStateTransitionException when the order is closed, or paid by another transaction
     */
    CreditOutcome credit(CreditPaidRechargeCommand command);
}
