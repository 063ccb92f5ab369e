package com.coinop.application.recharge.service;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.recharge.port.in.CreateRechargeCommand;
import com.coinop.application.recharge.port.in.CreateRechargeUseCase;
import com.coinop.application.recharge.port.in.RechargeCreated;
import com.coinop.application.recharge.port.in.TooManyOpenRechargesException;
import com.coinop.application.recharge.port.out.CloseOutcome;
import com.coinop.application.recharge.port.out.JsapiPayment;
import com.coinop.application.recharge.port.out.OpenRecharges;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserNotFoundException;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Creates a recharge order and its WeChat Pay prepay. The order is stored first, in a transaction that
 * holds the user's row so the count of open orders cannot race; WeChat Pay is called after the commit,
 * never inside a transaction. When WeChat Pay fails, the order is closed (at WeChat Pay too, as far as
 * it answers) rather than left open: the page got nothing to pay it with.
 */
public class CreateRechargeService implements CreateRechargeUseCase {

    private final LoadUserPort loadUserPort;
    private final RechargeOrderPort rechargeOrderPort;
    private final WechatPayPort wechatPay;
    private final TransactionPort transactionPort;
    private final ClockPort clock;
    private final OutTradeNos outTradeNos;
    private final RechargeSettings settings;

    public CreateRechargeService(LoadUserPort loadUserPort, RechargeOrderPort rechargeOrderPort, WechatPayPort wechatPay,
                                 TransactionPort transactionPort, ClockPort clock, OutTradeNos outTradeNos,
                                 RechargeSettings settings) {
        this.loadUserPort = loadUserPort;
        this.rechargeOrderPort = rechargeOrderPort;
        this.wechatPay = wechatPay;
        this.transactionPort = transactionPort;
        this.clock = clock;
        this.outTradeNos = outTradeNos;
        this.settings = settings;
    }

    @Override
    public RechargeCreated create(CreateRechargeCommand command) {
        InvalidValueException.require(command.yuan() >= settings.minYuan() && command.yuan() <= settings.maxYuan(),
                "INVALID_AMOUNT", "充值金额必须在 " + settings.minYuan() + " 到 " + settings.maxYuan() + " 元之间");
        Money amount = Money.ofYuan(command.yuan());
        LocalDateTime now = clock.now();
        PendingOrder pending = transactionPort.inTransaction(() -> {
            User payer = loadUserPort.lockById(command.userId())
                    .orElseThrow(() -> new UserNotFoundException(command.userId()))
                    .requireActive();
            if (payer.openId() == null) {
                throw new NotInWechatException();
            }
            requireRoomForAnotherOrder(rechargeOrderPort.openOf(payer.id()), now);
            RechargeOrder created = RechargeOrder.create(payer.id(), outTradeNos.next(now), amount, now,
                    settings.orderExpiry());
            return new PendingOrder(payer, rechargeOrderPort.insert(created, now.plus(settings.firstCheck())));
        });
        RechargeOrder order = pending.order();
        try {
            JsapiPayment pay = wechatPay.prepay(order, pending.payer().openId(), settings.description());
            return new RechargeCreated(order, pay);
        } catch (DependencyUnavailableException prepayFailed) {
            giveUp(order);
            throw prepayFailed;
        }
    }

    private void requireRoomForAnotherOrder(OpenRecharges open, LocalDateTime now) {
        if (open.count() >= settings.maxOpenOrders()) {
            Duration untilOneExpires = open.earliestExpiry() == null || !open.earliestExpiry().isAfter(now)
                    ? settings.firstCheck()
                    : Duration.between(now, open.earliestExpiry());
            throw new TooManyOpenRechargesException(settings.maxOpenOrders(), untilOneExpires);
        }
    }

    /**
     * WeChat Pay may have registered the order before failing; closing it there first keeps it from being
     * paid. When that fails too, the order is closed here all the same but WeChat Pay is asked about it
     * again later, and a payment it took meanwhile is credited, as any late payment is. Should WeChat Pay
     * say it is paid already, the order stays waiting, and reconciliation credits it at its first check.
     */
    private void giveUp(RechargeOrder order) {
        LocalDateTime now = clock.now();
        CloseOutcome closedThere;
        try {
            closedThere = wechatPay.close(order.outTradeNo());
        } catch (DependencyUnavailableException stillDown) {
            transactionPort.inTransaction(() ->
                    rechargeOrderPort.markClosedUnconfirmed(order.close(now), now.plus(settings.firstCheck())));
            return;
        }
        if (closedThere == CloseOutcome.CLOSED) {
            transactionPort.inTransaction(() -> rechargeOrderPort.markClosed(order.close(now)));
        }
    }

    private record PendingOrder(User payer, RechargeOrder order) {
    }
}
