package com.coinop.adapter.web.history;

import com.coinop.adapter.web.account.UserResponse;
import com.coinop.adapter.web.session.SignedInUser;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.history.port.in.ListRechargesUseCase;
import com.coinop.application.history.port.in.RechargeHistory;
import com.coinop.domain.user.UserId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /wechat/recharge/list}: the signed-in user's paid recharges, newest first. */
@RestController
public class RechargeListController {

    private final ListRechargesUseCase listRecharges;

    public RechargeListController(ListRechargesUseCase listRecharges) {
        this.listRecharges = listRecharges;
    }

    @PostMapping("/wechat/recharge/list")
    public Envelope<PageResponse<RechargeResponse>> list(@SignedInUser UserId userId,
                                                         @RequestBody HistoryRequest request) {
        RechargeHistory history = listRecharges.listRecharges(request.toQuery(userId));
        UserResponse user = UserResponse.from(history.user());
        return Envelope.ok(new PageResponse<>(history.total(),
                history.recharges().stream().map(order -> RechargeResponse.from(order, user)).toList()));
    }
}
