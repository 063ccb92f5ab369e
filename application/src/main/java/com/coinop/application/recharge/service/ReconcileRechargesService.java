package com.coinop.application.recharge.service;

import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.CreditPaidRechargeCommand;
import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.in.ReconcileRechargesUseCase;
import com.coinop.application.recharge.port.in.ReconciliationReport;
import com.coinop.application.recharge.port.out.CloseOutcome;
import com.coinop.application.recharge.port.out.DueCheck;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeStatus;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks due orders with WeChat Pay. Each due check is claimed first with a conditional update that
 * also puts the next one later (the wait doubles from the first check's delay up to the longest delay,
 * and never passes the order's expiry), so instances running this at once check an order once, and an
 * order WeChat Pay fails on is simply due again later. A paid order is credited through the credit use
 * case, exactly as a notification would be, also when it was closed here meanwhile (money received is
 * credited). An order past its expiry is closed at WeChat Pay first, then here, and credited instead
 * when WeChat Pay says it was paid; an order closed here while WeChat Pay was down is closed there now.
 */
public class ReconcileRechargesService implements ReconcileRechargesUseCase {

    private final RechargeOrderPort rechargeOrderPort;
    private final WechatPayPort wechatPay;
    private final CreditPaidRechargeUseCase credit;
    private final TransactionPort transactionPort;
    private final ClockPort clock;
    private final RechargeSettings settings;

    public ReconcileRechargesService(RechargeOrderPort rechargeOrderPort, WechatPayPort wechatPay,
                                     CreditPaidRechargeUseCase credit, TransactionPort transactionPort,
                                     ClockPort clock, RechargeSettings settings) {
        this.rechargeOrderPort = rechargeOrderPort;
        this.wechatPay = wechatPay;
        this.credit = credit;
        this.transactionPort = transactionPort;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ReconciliationReport reconcileDue() {
        LocalDateTime now = clock.now();
        Report report = new Report();
        for (DueCheck due : rechargeOrderPort.findDueChecks(now, settings.checkBatch())) {
            if (!rechargeOrderPort.claimCheck(due, nextCheck(due, now))) {
                continue;
            }
            OutTradeNo outTradeNo = due.order().outTradeNo();
            try {
                check(due.order(), now, report);
            } catch (DependencyUnavailableException wechatPayDown) {
                report.failed.add(outTradeNo);
            }
        }
        return report.toReport();
    }

    /** The first delay doubled once per earlier check, at most the longest delay, at the latest the expiry. */
    private LocalDateTime nextCheck(DueCheck due, LocalDateTime now) {
        Duration wait = settings.firstCheck();
        for (int i = 0; i < due.checks() && wait.compareTo(settings.longestCheckDelay()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        LocalDateTime next = now.plus(wait.compareTo(settings.longestCheckDelay()) < 0 ? wait : settings.longestCheckDelay());
        LocalDateTime expiry = due.order().expireTime();
        return now.isBefore(expiry) && next.isAfter(expiry) ? expiry : next;
    }

    private void check(RechargeOrder order, LocalDateTime now, Report report) {
        Optional<PaymentState> state = wechatPay.query(order.outTradeNo());
        if (state.isPresent() && state.get().state().isPaid()) {
            report.credited(order.outTradeNo(), creditPaid(state.get()));
        } else if (state.isPresent() && state.get().state() == TradeState.REFUND) {
            // refunded at the merchant platform before coinop credited it: the money went back, done here too
            finishUnpaid(order, report);
        } else if (order.status() == RechargeStatus.CLOSED || order.isExpiredAt(now)) {
            close(order, report);
        } else {
            report.stillWaiting++;
        }
    }

    /** Closes at WeChat Pay first: once it cannot be paid there, closing here loses no payment. */
    private void close(RechargeOrder order, Report report) {
        if (wechatPay.close(order.outTradeNo()) == CloseOutcome.ALREADY_PAID) {
            PaymentState paid = wechatPay.query(order.outTradeNo())
                    .filter(state -> state.state().isPaid())
                    .orElseThrow(() -> new DependencyUnavailableException("wechat-pay", new IllegalStateException(
                            "WeChat Pay says " + order.outTradeNo().value() + " is paid but its query does not")));
            report.credited(order.outTradeNo(), creditPaid(paid));
            return;
        }
        finishUnpaid(order, report);
    }

    /** WeChat Pay will take no payment for the order any more: closed here too, and no more checks. */
    private void finishUnpaid(RechargeOrder order, Report report) {
        if (order.status() == RechargeStatus.CLOSED) {
            rechargeOrderPort.confirmClosed(order.outTradeNo());
            return;
        }
        boolean closed = transactionPort.inTransaction(() -> rechargeOrderPort.markClosed(order.close(clock.now())));
        if (closed) {
            report.closed.add(order.outTradeNo());
        }
    }

    private CreditOutcome creditPaid(PaymentState paid) {
        return credit.credit(new CreditPaidRechargeCommand(paid.outTradeNo(), paid.transactionId(), paid.paidTotal(),
                paid.paidAt()));
    }

    private static final class Report {
        private final List<OutTradeNo> credited = new ArrayList<>();
        private final List<OutTradeNo> creditedAfterClose = new ArrayList<>();
        private final List<OutTradeNo> closed = new ArrayList<>();
        private final List<OutTradeNo> failed = new ArrayList<>();
        private int stillWaiting;

        void credited(OutTradeNo outTradeNo, CreditOutcome outcome) {
            switch (outcome) {
                case CREDITED -> credited.add(outTradeNo);
                case CREDITED_AFTER_CLOSE -> creditedAfterClose.add(outTradeNo);
                case ALREADY_CREDITED -> {
                    // a notification won the race: nothing to report, nothing changed
                }
            }
        }

        ReconciliationReport toReport() {
            return new ReconciliationReport(credited, creditedAfterClose, closed, stillWaiting, failed);
        }
    }
}
