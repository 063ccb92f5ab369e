package com.coinop.application.recharge.port.in;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.signin.port.in.NotInWechatException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserDisabledException;

/**
 * Starts a recharge ({@code GET /wechat/recharge/<yuan>}): a new order and its WeChat Pay JSAPI
 * prepay, with the parameters the page hands {@code WeixinJSBridge}.
 */
public interface CreateRechargeUseCase {

    /**
     * @throws InvalidValueException          when the amount is outside the allowed range
     * @throws UserDisabledException          when the user is disabled
     * @throws NotInWechatException           when the user has no WeChat openid to pay with
     * @throws TooManyOpenRechargesException  when the user has too many orders waiting for payment
     * @throws DependencyUnavailableException when WeChat Pay fails; the order is closed
     */
    RechargeCreated create(CreateRechargeCommand command);
}
