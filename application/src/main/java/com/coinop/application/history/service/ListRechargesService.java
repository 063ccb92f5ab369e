package com.coinop.application.history.service;

import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.application.history.port.in.ListRechargesUseCase;
import com.coinop.application.history.port.in.RechargeHistory;
import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.application.history.port.out.RechargeHistoryPort;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserNotFoundException;

import java.util.List;

/** Lists a user's paid recharges with the user they belong to. */
public class ListRechargesService implements ListRechargesUseCase {

    private final LoadUserProfilePort loadUserProfilePort;
    private final RechargeHistoryPort rechargeHistoryPort;

    public ListRechargesService(LoadUserProfilePort loadUserProfilePort, RechargeHistoryPort rechargeHistoryPort) {
        this.loadUserProfilePort = loadUserProfilePort;
        this.rechargeHistoryPort = rechargeHistoryPort;
    }

    @Override
    public RechargeHistory listRecharges(HistoryQuery query) {
        User user = loadUserProfilePort.findProfile(query.userId()).orElseThrow(() -> new UserNotFoundException(query.userId()));
        HistoryWindow window = query.window();
        long total = rechargeHistoryPort.countPaid(query.userId(), window);
        List<RechargeOrder> page = window.page(total, walk -> rechargeHistoryPort.findPaid(query.userId(), walk));
        return new RechargeHistory(user, total, page);
    }
}
