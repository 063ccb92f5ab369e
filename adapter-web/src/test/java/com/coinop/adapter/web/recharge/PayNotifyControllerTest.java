package com.coinop.adapter.web.recharge;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.recharge.port.in.CreditOutcome;
import com.coinop.application.recharge.port.in.NotificationOutcome;
import com.coinop.application.recharge.port.in.ReceivePaymentNotificationUseCase;
import com.coinop.application.recharge.port.out.ForgedNotificationException;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.PaidAmountMismatchException;
import com.coinop.domain.recharge.RechargeOrderNotFoundException;
import com.coinop.domain.recharge.TransactionId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.ResultActions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /wechat/pay/notify}: the headers and the exact body handed over, 204 when done, WeChat
 * Pay's {@code {"code":"FAIL"}} with a status that makes it retry otherwise.
 */
@WebMvcTest(PayNotifyController.class)
class PayNotifyControllerTest extends WebMvcTestSupport {

    private static final OutTradeNo ORDER = new OutTradeNo("R202611281200000123456789");
    /** Non-ASCII and odd spacing: the body must reach the signature check byte for byte. */
    private static final String BODY = "{\"id\":\"EV-2018022511223320873\",\"create_time\":\"2015-05-20T13:29:35+08:00\","
            + "\"resource_type\":\"encrypt-resource\",\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\",  "
            + "\"resource\":{\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"...\",\"nonce\":\"fdasflkja484w\"}}";

    @MockitoBean
    ReceivePaymentNotificationUseCase notifications;

    private static NotificationOutcome credited(CreditOutcome outcome) {
        return new NotificationOutcome(new PaymentState(ORDER, TradeState.SUCCESS, new TransactionId("4200000123"),
                Money.ofYuan(50), LocalDateTime.of(2026, 11, 28, 12, 1, 0)), outcome);
    }

    private ResultActions notify(String body) throws Exception {
        return mvc.perform(post("/wechat/pay/notify")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Wechatpay-Signature", "cVRJZx2F")
                .header("Wechatpay-Timestamp", "1700000000")
                .header("Wechatpay-Nonce", "n0nce")
                .header("Wechatpay-Serial", "PUB_KEY_ID_0114232134912410000000000001")
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_credited_payment_is_204_and_the_notification_is_handed_over_exactly() throws Exception {
        given(notifications.receive(any())).willReturn(credited(CreditOutcome.CREDITED));

        notify(BODY).andExpect(status().isNoContent()).andExpect(content().string(""));

        verify(notifications).receive(new SignedNotification("cVRJZx2F", "1700000000", "n0nce",
                "PUB_KEY_ID_0114232134912410000000000001", BODY));
    }

    @Test
    void a_repeat_and_a_late_payment_are_204_too() throws Exception {
        given(notifications.receive(any())).willReturn(credited(CreditOutcome.ALREADY_CREDITED),
                credited(CreditOutcome.CREDITED_AFTER_CLOSE));

        notify(BODY).andExpect(status().isNoContent());
        notify(BODY).andExpect(status().isNoContent());
    }

    @Test
    void a_forged_notification_is_a_401_fail() throws Exception {
        given(notifications.receive(any())).willThrow(new ForgedNotificationException("signature does not verify"));

        notify(BODY).andExpect(status().isUnauthorized())
                .andExpect(exactJson("{\"code\": \"FAIL\", \"message\": \"签名验证失败\"}"));
    }

    @Test
    void a_wrong_amount_is_a_400_fail_and_an_unknown_order_a_404_fail() throws Exception {
        given(notifications.receive(any()))
                .willThrow(new PaidAmountMismatchException(ORDER, Money.ofYuan(50), Money.ofFen(1)))
                .willThrow(new RechargeOrderNotFoundException(ORDER));

        notify(BODY).andExpect(status().isBadRequest())
                .andExpect(exactJson("{\"code\": \"FAIL\", \"message\": \"金额不符\"}"));
        notify(BODY).andExpect(status().isNotFound())
                .andExpect(exactJson("{\"code\": \"FAIL\", \"message\": \"订单不存在\"}"));
    }

    @Test
    void an_outage_is_a_503_fail_so_that_wechat_pay_retries() throws Exception {
        given(notifications.receive(any()))
                .willThrow(new DependencyUnavailableException("database", new IOException("connection refused")));

        notify(BODY).andExpect(status().isServiceUnavailable())
                .andExpect(exactJson("{\"code\": \"FAIL\", \"message\": \"系统繁忙\"}"));
    }

    @Test
    void a_bug_is_a_500_fail_without_detail() throws Exception {
        given(notifications.receive(any())).willThrow(new IllegalStateException("SELECT * FROM secrets"));

        notify(BODY).andExpect(status().isInternalServerError())
                .andExpect(exactJson("{\"code\": \"FAIL\", \"message\": \"系统错误\"}"));
    }

    @Test
    void an_empty_notification_reaches_the_use_case_which_refuses_it() throws Exception {
        given(notifications.receive(new SignedNotification(null, null, null, null, "")))
                .willThrow(new ForgedNotificationException("no signature"));

        mvc.perform(post("/wechat/pay/notify")).andExpect(status().isUnauthorized());
    }
}
