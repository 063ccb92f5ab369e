package com.coinop.adapter.web.recharge;

import com.coinop.adapter.web.session.SignedInUser;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.recharge.port.in.CreateRechargeCommand;
import com.coinop.application.recharge.port.in.CreateRechargeUseCase;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /wechat/recharge/<yuan>} (the seed's route; POST too): a recharge order for the signed-in
 * user and the parameters the page hands {@code WeixinJSBridge.invoke('getBrandWCPayRequest', pay)}.
 * The seed answered {@code 'success'}; this answers what the page needs to pay (see the README).
 */
@RestController
public class RechargeController {

    /** Whole yuan as the seed's {@code <int:account>}: digits only, and few enough to be a number. */
    private static final Pattern WHOLE_YUAN = Pattern.compile("[0-9]{1,9}");

    private final CreateRechargeUseCase createRecharge;

    public RechargeController(CreateRechargeUseCase createRecharge) {
        this.createRecharge = createRecharge;
    }

    @RequestMapping(path = "/wechat/recharge/{yuan}", method = {RequestMethod.GET, RequestMethod.POST})
    public Envelope<RechargeCreatedResponse> create(@SignedInUser UserId userId, @PathVariable("yuan") String yuan,
                                                    HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if ("list".equals(yuan)) {
            // POST /wechat/recharge/list is the history; a GET of it is a wrong method, not a wrong amount
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
        }
        InvalidValueException.require(WHOLE_YUAN.matcher(yuan).matches(), "INVALID_AMOUNT", "充值金额必须是正整数元");
        return Envelope.ok(RechargeCreatedResponse.from(
                createRecharge.create(new CreateRechargeCommand(userId, Long.parseLong(yuan)))));
    }
}
