package com.coinop.adapter.wechat.recharge;

import static com.coinop.adapter.wechat.recharge.WechatPayTestSetup.SHANGHAI;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.coinop.adapter.wechat.sandbox.WechatPaySandbox.AnswerFault;
import com.coinop.adapter.wechat.sandbox.WechatPaySandbox;
import com.coinop.adapter.wechat.sandbox.WechatPaySandboxKeys;
import com.coinop.application.recharge.port.out.CloseOutcome;
import com.coinop.application.recharge.port.out.JsapiPayment;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.TradeState;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.user.OpenId;

/** The WeChat Pay adapter's real WxJava client against the sandbox over HTTP: prepay, query, close, and what fails. */
class WxJavaWechatPayAdapterTest {

    private static final WechatPaySandboxKeys KEYS = WechatPaySandboxKeys.generate();
    private static final OpenId PAYER = new OpenId("o-payer-1");

    private WechatPayTestSetup setup;

    @BeforeEach
    void start() throws Exception {
        setup = new WechatPayTestSetup(KEYS);
    }

    @AfterEach
    void stop() {
        setup.close();
    }

    private WechatPaySandbox wechatPay() {
        return setup.sandbox.pay();
    }

    @Test
    void prepay_registers_the_order_and_returns_jsapi_parameters_signed_by_the_merchant_key() throws Exception {
        RechargeOrder order = setup.order(12);

        JsapiPayment pay = setup.adapter.prepay(order, PAYER, "coinop 余额充值");

        WechatPaySandbox.Order registered = wechatPay().order(order.outTradeNo().value());
        assertThat(pay.appId()).isEqualTo(WechatPayTestSetup.APP_ID);
        assertThat(pay.packageValue()).isEqualTo("prepay_id=" + registered.prepayId());
        assertThat(pay.signType()).isEqualTo("RSA");
        assertThat(pay.timeStamp()).matches("\\d{10}");
        assertThat(pay.nonceStr()).matches("[0-9A-Za-z]{32}");
        // recomputed here with the JDK and the merchant's public key, by JSAPI's rule: appId\ntimeStamp\nnonceStr\npackage\n
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KEYS.merchantPublicKey());
        verifier.update((pay.appId() + "\n" + pay.timeStamp() + "\n" + pay.nonceStr() + "\n" + pay.packageValue() + "\n").getBytes(UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(pay.paySign()))).isTrue();
        assertThat(registered.total()).isEqualTo(1200);
        assertThat(registered.openId()).isEqualTo("o-payer-1");
        assertThat(registered.description()).isEqualTo("coinop 余额充值");
        assertThat(registered.notifyUrl()).isEqualTo(setup.receiver.notifyUrl().toString());
        // to the second, truncated: WeChat Pay stops taking the payment no later than coinop gives the order up
        assertThat(registered.timeExpire()).isEqualTo(order.expireTime().truncatedTo(ChronoUnit.SECONDS).atZone(SHANGHAI).toOffsetDateTime());
        assertThat(registered.timeExpire().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void a_pay_sign_of_other_parameters_does_not_verify() throws Exception {
        JsapiPayment pay = setup.adapter.prepay(setup.order(12), PAYER, "充值");

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KEYS.merchantPublicKey());
        verifier.update((pay.appId() + "\n" + pay.timeStamp() + "\n" + pay.nonceStr() + "\n" + pay.packageValue() + "x\n").getBytes(UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(pay.paySign()))).isFalse();
    }

    @Test
    void the_same_prepay_again_gets_the_same_prepay_id_but_other_content_under_the_same_number_is_refused() {
        RechargeOrder order = setup.order(12);
        JsapiPayment first = setup.adapter.prepay(order, PAYER, "充值");

        assertThat(setup.adapter.prepay(order, PAYER, "充值").packageValue()).isEqualTo(first.packageValue());
        RechargeOrder other = new RechargeOrder(null, order.userId(), order.outTradeNo(), Money.ofYuan(13), order.status(), null,
                null, order.expireTime(), order.ctime(), order.utime());
        assertThatThrownBy(() -> setup.adapter.prepay(other, PAYER, "充值"))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasRootCauseMessage("201 商户订单号重复");
    }

    @Test
    void a_request_signed_with_another_merchant_key_is_refused_by_wechat_pay() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Map<String, Object> otherKey = Map.of("coinop.wechat.pay.merchant-private-key",
                "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        Map<String, Object> properties = new LinkedHashMap<>(WechatPayTestSetup.settings(KEYS, setup.sandbox.baseUrl(),
                setup.receiver.notifyUrl()));
        properties.putAll(otherKey);
        try (var context = WechatPayTestSetup.adapterContext(properties, setup.clock)) {
            RechargeOrder order = setup.order(12);

            assertThatThrownBy(() -> context.getBean(WxJavaWechatPayAdapter.class).prepay(order, PAYER, "充值"))
                    .isInstanceOf(DependencyUnavailableException.class)
                    .hasRootCauseMessage("签名错误: 签名验证失败");
            assertThatThrownBy(() -> wechatPay().order(order.outTradeNo().value()))
                    .isInstanceOf(WechatPaySandbox.PaymentRefusedException.class);
        }
    }

    @Test
    void an_unpaid_order_is_notpay() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");

        assertThat(setup.adapter.query(order.outTradeNo())).contains(PaymentState.unpaid(order.outTradeNo(), TradeState.NOTPAY));
    }

    @Test
    void a_paid_order_is_success_with_the_transaction_the_total_and_the_time_in_the_business_zone() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");
        WechatPaySandbox.Order paid = wechatPay().pay(order.outTradeNo().value());

        PaymentState state = setup.adapter.query(order.outTradeNo()).orElseThrow();

        assertThat(state).isEqualTo(new PaymentState(order.outTradeNo(), TradeState.SUCCESS, new TransactionId(paid.transactionId()),
                Money.ofFen(1200), paid.successTime().atZoneSameInstant(SHANGHAI).toLocalDateTime()));
        assertThat(state.paidAt()).isEqualTo(LocalDateTime.now(setup.clock).withNano(0));
    }

    @Test
    void an_order_wechat_pay_never_saw_is_empty() {
        assertThat(setup.adapter.query(new OutTradeNo("NEVER-SEEN-1"))).isEmpty();
    }

    @Test
    void closing_an_unpaid_order_closes_it_and_the_payer_can_no_longer_pay() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");

        assertThat(setup.adapter.close(order.outTradeNo())).isEqualTo(CloseOutcome.CLOSED);

        assertThat(setup.adapter.query(order.outTradeNo())).contains(PaymentState.unpaid(order.outTradeNo(), TradeState.CLOSED));
        assertThatThrownBy(() -> wechatPay().pay(order.outTradeNo().value()))
                .isInstanceOfSatisfying(WechatPaySandbox.PaymentRefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_CLOSED"));
        assertThat(setup.adapter.close(order.outTradeNo())).as("closing twice").isEqualTo(CloseOutcome.CLOSED);
    }

    @Test
    void closing_a_paid_order_says_it_was_paid_when_wechat_pay_answers_orderpaid() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");
        wechatPay().pay(order.outTradeNo().value());

        assertThat(setup.adapter.close(order.outTradeNo())).isEqualTo(CloseOutcome.ALREADY_PAID);
    }

    @Test
    void closing_a_paid_order_says_it_was_paid_even_when_wechat_pay_answers_204() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");
        wechatPay().pay(order.outTradeNo().value());
        wechatPay().answerClosingPaidWith(WechatPaySandbox.ClosingPaid.NO_CONTENT);

        assertThat(setup.adapter.close(order.outTradeNo())).isEqualTo(CloseOutcome.ALREADY_PAID);
    }

    @Test
    void closing_an_order_wechat_pay_never_saw_is_closed() {
        assertThat(setup.adapter.close(new OutTradeNo("NEVER-SEEN-2"))).isEqualTo(CloseOutcome.CLOSED);
    }

    @Test
    void an_order_paid_just_as_it_expired_is_found_paid_when_closed_after_its_expiry() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");
        setup.sandbox.advanceClock(Duration.ofMinutes(15));
        assertThatThrownBy(() -> wechatPay().pay(order.outTradeNo().value()))
                .isInstanceOfSatisfying(WechatPaySandbox.PaymentRefusedException.class, e -> assertThat(e.code()).isEqualTo("ORDER_EXPIRED"));

        WechatPaySandbox.Order paid = wechatPay().payAsItExpires(order.outTradeNo().value());

        assertThat(setup.adapter.close(order.outTradeNo())).isEqualTo(CloseOutcome.ALREADY_PAID);
        LocalDateTime lastSecond = order.expireTime().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        assertThat(setup.adapter.query(order.outTradeNo()).orElseThrow().paidAt()).isEqualTo(lastSecond);
        assertThat(paid.successTime().atZoneSameInstant(SHANGHAI).toLocalDateTime()).isEqualTo(lastSecond);
    }

    @Test
    void a_close_that_wins_the_race_leaves_nothing_to_pay() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");
        setup.sandbox.advanceClock(Duration.ofMinutes(15));

        assertThat(setup.adapter.close(order.outTradeNo())).isEqualTo(CloseOutcome.CLOSED);
        assertThatThrownBy(() -> wechatPay().payAsItExpires(order.outTradeNo().value()))
                .isInstanceOf(WechatPaySandbox.PaymentRefusedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = AnswerFault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void an_answer_wechat_pay_did_not_sign_or_that_makes_no_sense_is_wechat_pay_unavailable(AnswerFault fault) {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");
        wechatPay().answerWith(fault);

        assertThatThrownBy(() -> setup.adapter.query(order.outTradeNo()))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, e -> assertThat(e.dependency()).isEqualTo("wechat-pay"));
        assertThatThrownBy(() -> setup.adapter.close(order.outTradeNo())).isInstanceOf(DependencyUnavailableException.class);
        assertThatThrownBy(() -> setup.adapter.prepay(setup.order(12), PAYER, "充值")).isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void an_order_not_exist_answer_with_a_forged_signature_is_not_believed() {
        wechatPay().answerWith(AnswerFault.BAD_SIGNATURE);

        // ORDER_NOT_EXIST with a signature that does not verify must not make the order unknown
        assertThatThrownBy(() -> setup.adapter.query(new OutTradeNo("NEVER-SEEN-3"))).isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void wechat_pay_down_is_unavailable_within_the_connect_timeout() throws Exception {
        Map<String, Object> properties = new LinkedHashMap<>(WechatPayTestSetup.settings(KEYS, WechatPayTestSetup.closedPort(),
                setup.receiver.notifyUrl()));
        try (var context = WechatPayTestSetup.adapterContext(properties, setup.clock)) {
            WxJavaWechatPayAdapter down = context.getBean(WxJavaWechatPayAdapter.class);
            long started = System.nanoTime();

            assertThatThrownBy(() -> down.query(new OutTradeNo("ANY-ORDER-1"))).isInstanceOf(DependencyUnavailableException.class);
            assertThatThrownBy(() -> down.prepay(setup.order(12), PAYER, "充值")).isInstanceOf(DependencyUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void wechat_pay_too_slow_is_unavailable_after_the_read_timeout() {
        RechargeOrder order = setup.order(12);
        setup.adapter.prepay(order, PAYER, "充值");
        wechatPay().delayAnswers(Duration.ofSeconds(3));
        long started = System.nanoTime();

        assertThatThrownBy(() -> setup.adapter.query(order.outTradeNo())).isInstanceOf(DependencyUnavailableException.class);

        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofMillis(2500));
    }
}
