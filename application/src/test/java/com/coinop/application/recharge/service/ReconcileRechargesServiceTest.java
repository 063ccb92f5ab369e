package com.coinop.application.recharge.service;

import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.in.ReconciliationReport;
import com.coinop.application.recharge.port.out.DueCheck;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.testing.TestRecharges;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** When the next check of an order is due, and what a failing WeChat Pay does to a round. */
class ReconcileRechargesServiceTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 2, 9, 0, 0);
    private static final RechargeSettings SETTINGS = new RechargeSettings(1, 5000, 5, Duration.ofHours(2),
            Duration.ofMinutes(5), Duration.ofMinutes(30), 100, "coinop 余额充值");

    private final RechargeOrderPort orders = mock(RechargeOrderPort.class);
    private final WechatPayPort wechatPay = mock(WechatPayPort.class);
    private LocalDateTime now;
    private final ReconcileRechargesService service = new ReconcileRechargesService(orders, wechatPay,
            mock(CreditPaidRechargeUseCase.class), new RecordingTransactionPort(), () -> now, SETTINGS);
    private final RechargeOrder order = TestRecharges.createdOrder(new UserId(7)).createdAt(CREATED).buildStored(1);

    @ParameterizedTest(name = "after {0} checks at +{1} min, the next at +{2} min")
    @CsvSource({
            "0,   5,  10",   // the first wait again
            "1,  10,  20",   // then it doubles
            "2,  20,  40",
            "3,  40,  70",   // up to the longest wait
            "4,  70, 100",
            "5, 110, 120",   // never past the expiry, where the order is closed
            "6, 120, 150",   // past it (an unconfirmed close) the longest wait again
    })
    void the_wait_between_checks_doubles_up_to_the_longest_and_meets_the_expiry(int checks, int atMinutes,
                                                                                int nextMinutes) {
        now = CREATED.plusMinutes(atMinutes);
        DueCheck due = new DueCheck(order, checks, now);
        when(orders.findDueChecks(now, SETTINGS.checkBatch())).thenReturn(List.of(due));
        when(wechatPay.query(order.outTradeNo())).thenReturn(Optional.empty());

        service.reconcileDue();

        verify(orders).claimCheck(due, CREATED.plusMinutes(nextMinutes));
    }

    @Test
    void a_check_taken_by_another_instance_is_not_made_again() {
        now = CREATED.plusMinutes(5);
        DueCheck due = new DueCheck(order, 0, now);
        when(orders.findDueChecks(now, SETTINGS.checkBatch())).thenReturn(List.of(due));
        when(orders.claimCheck(any(), any())).thenReturn(false);

        ReconciliationReport report = service.reconcileDue();

        verify(wechatPay, never()).query(any());
        assertThat(report.isEmpty()).isTrue();
    }

    @Test
    void wechat_pay_failing_on_one_order_fails_that_order_only_and_the_round_goes_on() {
        now = CREATED.plusMinutes(5);
        RechargeOrder other = TestRecharges.createdOrder(new UserId(8)).createdAt(CREATED).buildStored(2);
        when(orders.findDueChecks(now, SETTINGS.checkBatch()))
                .thenReturn(List.of(new DueCheck(order, 0, now), new DueCheck(other, 0, now)));
        when(orders.claimCheck(any(), any())).thenReturn(true);
        when(wechatPay.query(order.outTradeNo()))
                .thenThrow(new DependencyUnavailableException("wechat-pay", new IOException("timed out")));
        when(wechatPay.query(other.outTradeNo())).thenReturn(Optional.empty());

        ReconciliationReport report = service.reconcileDue();

        assertThat(report.failed()).containsExactly(order.outTradeNo());
        assertThat(report.stillWaiting()).isEqualTo(1);
    }
}
