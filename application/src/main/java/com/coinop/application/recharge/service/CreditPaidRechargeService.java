package com.coinop.application.recharge.service;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.CreditPaidRechargeCommand;
import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.recharge.RechargeStatus;

/**
 * Credits a paid recharge once. In one transaction: the order moves CREATED (or CLOSED, for a payment
 * made as it expired) → PAID with a conditional update (only one caller can win it), and the total
 * rises by one balance move booked under the out_trade_no. A repeated report of the same payment
 * changes nothing.
 */
public class CreditPaidRechargeService implements CreditPaidRechargeUseCase {

    private final RechargeOrderPort rechargeOrderPort;
    private final AccountBalancePort accountBalancePort;
    private final TransactionPort transactionPort;

    public CreditPaidRechargeService(RechargeOrderPort rechargeOrderPort, AccountBalancePort accountBalancePort,
                                     TransactionPort transactionPort) {
        this.rechargeOrderPort = rechargeOrderPort;
        this.accountBalancePort = accountBalancePort;
        this.transactionPort = transactionPort;
    }

    @Override
    public CreditOutcome credit(CreditPaidRechargeCommand command) {
        return transactionPort.inTransaction(() -> {
            RechargeOrder order = load(command);
            if (order.isPaidBy(command.transactionId())) {
                return repeatedReport(order, command);
            }
            RechargeOrder paid = order.markPaid(command.transactionId(), command.paidAmount(), command.paidAt());
            if (!rechargeOrderPort.markPaid(paid)) {
                return concurrentOutcome(command);
            }
            accountBalancePort.credit(paid.userId(), paid.amount(), paid.ledgerReference(), command.paidAt());
            return order.status() == RechargeStatus.CLOSED ? CreditOutcome.CREDITED_AFTER_CLOSE : CreditOutcome.CREDITED;
        });
    }

    /** The payment was credited before; a repeat that names another amount is an anomaly, not a no-op. */
    private static CreditOutcome repeatedReport(RechargeOrder paid, CreditPaidRechargeCommand command) {
        if (!paid.amount().equals(command.paidAmount())) {
            throw new PaidAmountMismatchException(paid.outTradeNo(), paid.amount(), command.paidAmount());
        }
        return CreditOutcome.ALREADY_CREDITED;
    }

    private RechargeOrder load(CreditPaidRechargeCommand command) {
        return rechargeOrderPort.findByOutTradeNo(command.outTradeNo())
                .orElseThrow(() -> new RechargeOrderNotFoundException(command.outTradeNo()));
    }

    /**
     * Another report won the conditional update between our read and our write. If it was this very
     * payment, the work is done; otherwise the transition the domain refuses tells why.
     */
    private CreditOutcome concurrentOutcome(CreditPaidRechargeCommand command) {
        RechargeOrder current = load(command);
        if (current.isPaidBy(command.transactionId())) {
            return repeatedReport(current, command);
        }
        current.markPaid(command.transactionId(), command.paidAmount(), command.paidAt());
        throw new IllegalStateException("order " + command.outTradeNo().value() + " is " + current.status()
                + " yet could not be marked paid");
    }
}
