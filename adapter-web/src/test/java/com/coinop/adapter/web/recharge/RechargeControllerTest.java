package com.coinop.adapter.web.recharge;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.recharge.port.in.CreateRechargeCommand;
import com.coinop.application.recharge.port.in.CreateRechargeUseCase;
import com.coinop.application.recharge.port.in.RechargeCreated;
import com.coinop.application.recharge.port.in.TooManyOpenRechargesException;
import com.coinop.application.recharge.port.out.JsapiPayment;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET|POST /wechat/recharge/<yuan>}: the command handed over, the bridge's parameters out, every refusal. */
@WebMvcTest(RechargeController.class)
class RechargeControllerTest extends WebMvcTestSupport {

    private static final UserId USER = new UserId(42);
    private static final JsapiPayment PAY = new JsapiPayment("wx8888888888888888", "1700000000", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
            "prepay_id=wx201410272009395522657a690389285100", "RSA", "oR9d8PuhnIc+YZ8cBHFCwfgpaK9gd7vaRvkYD7rthRAZ");

    @MockitoBean
    CreateRechargeUseCase createRecharge;

    private RechargeCreated created(long yuan) {
        RechargeOrder order = RechargeOrder.create(USER, new OutTradeNo("R202611281200000123456789"), Money.ofYuan(yuan),
                LocalDateTime.of(2026, 11, 28, 12, 0, 0), Duration.ofHours(2));
        return new RechargeCreated(order, PAY);
    }

    @Test
    void a_signed_in_user_gets_the_order_and_what_the_page_hands_weixin_js_bridge() throws Exception {
        given(createRecharge.create(new CreateRechargeCommand(USER, 50))).willReturn(created(50));

        mvc.perform(get("/wechat/recharge/50").cookie(signedInAs(42)))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {
                           "order_no": "R202611281200000123456789", "amount": 50.00,
                           "pay": {"appId": "wx8888888888888888", "timeStamp": "1700000000",
                                   "nonceStr": "5K8264ILTKCH16CQ2502SI8ZNMTM67VS",
                                   "package": "prepay_id=wx201410272009395522657a690389285100",
                                   "signType": "RSA", "paySign": "oR9d8PuhnIc+YZ8cBHFCwfgpaK9gd7vaRvkYD7rthRAZ"}},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void post_is_accepted_too_and_leading_zeros_are_the_same_amount() throws Exception {
        given(createRecharge.create(any())).willReturn(created(7));

        mvc.perform(post("/wechat/recharge/007").cookie(signedInAs(42))).andExpect(status().isOk());

        verify(createRecharge).create(new CreateRechargeCommand(USER, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "abc", "5.5", "1e3", "9999999999", "%E5%85%83", "50%20", "+5"})
    void an_amount_that_is_not_a_positive_whole_number_is_400_and_nothing_is_created(String yuan) throws Exception {
        mvc.perform(get("/wechat/recharge/" + yuan).cookie(signedInAs(42)))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_AMOUNT"));

        verifyNoInteractions(createRecharge);
    }

    @Test
    void an_amount_outside_the_configured_range_is_the_use_cases_400() throws Exception {
        given(createRecharge.create(any()))
                .willThrow(new InvalidValueException("INVALID_AMOUNT", "充值金额必须在 1 到 5000 元之间"));

        mvc.perform(get("/wechat/recharge/5001").cookie(signedInAs(42)))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_AMOUNT", "5000"));
    }

    @Test
    void without_a_signed_in_user_it_is_401_and_nothing_is_created() throws Exception {
        mvc.perform(get("/wechat/recharge/50")).andExpect(status().isUnauthorized());
        mvc.perform(get("/wechat/recharge/50").cookie(openIdOnly())).andExpect(status().isUnauthorized());

        verifyNoInteractions(createRecharge);
    }

    @Test
    void a_get_from_another_sites_page_is_refused_like_a_post_and_nothing_is_created() throws Exception {
        mvc.perform(get("/wechat/recharge/50").cookie(signedInAs(42)).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/wechat/recharge/50").cookie(signedInAs(42)).header("Origin", "https://evil.example"))
                .andExpect(status().isForbidden());

        verifyNoInteractions(createRecharge);
    }

    @Test
    void a_disabled_user_is_403() throws Exception {
        given(createRecharge.create(any())).willThrow(new UserDisabledException(USER));

        mvc.perform(get("/wechat/recharge/50").cookie(signedInAs(42)))
                .andExpect(status().isForbidden())
                .andExpect(errorEnvelope("USER_DISABLED"));
    }

    @Test
    void too_many_open_orders_is_429_with_retry_after() throws Exception {
        given(createRecharge.create(any())).willThrow(new TooManyOpenRechargesException(5, Duration.ofMinutes(45)));

        mvc.perform(get("/wechat/recharge/50").cookie(signedInAs(42)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2700"))
                .andExpect(errorEnvelope("TOO_MANY_OPEN_RECHARGES", "5 笔", "45 分钟"));
    }

    @Test
    void wechat_pay_failing_is_503_with_retry_after() throws Exception {
        given(createRecharge.create(any()))
                .willThrow(new DependencyUnavailableException("wechat-pay", new IOException("timed out")));

        mvc.perform(get("/wechat/recharge/50").cookie(signedInAs(42)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void a_get_of_the_history_route_is_a_wrong_method_not_a_wrong_amount() throws Exception {
        mvc.perform(get("/wechat/recharge/list").cookie(signedInAs(42)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"));

        verifyNoInteractions(createRecharge);
    }
}
