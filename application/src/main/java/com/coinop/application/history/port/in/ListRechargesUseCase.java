package com.coinop.application.history.port.in;

/** The signed-in user's paid recharges, newest first ({@code POST /wechat/recharge/list}). */
public interface ListRechargesUseCase {

    RechargeHistory listRecharges(HistoryQuery query);
}
