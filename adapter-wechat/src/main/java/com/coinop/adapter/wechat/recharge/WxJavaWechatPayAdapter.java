package com.coinop.adapter.wechat.recharge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

import org.apache.http.impl.client.CloseableHttpClient;

import com.coinop.application.recharge.port.out.CloseOutcome;
import com.coinop.application.recharge.port.out.JsapiPayment;
import com.coinop.application.recharge.port.out.PaymentState;
import com.coinop.application.recharge.port.out.SignedNotification;
import com.coinop.application.recharge.port.out.WechatPayPort;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.user.OpenId;
import com.github.binarywang.wxpay.bean.request.WxPayUnifiedOrderV3Request;
import com.github.binarywang.wxpay.bean.result.WxPayOrderQueryV3Result;
import com.github.binarywang.wxpay.bean.result.WxPayUnifiedOrderV3Result;
import com.github.binarywang.wxpay.bean.result.enums.TradeTypeEnum;
import com.github.binarywang.wxpay.exception.WxPayException;
import com.github.binarywang.wxpay.service.WxPayService;

/**
 * WeChat Pay API v3 through WxJava's {@link WxPayService}: JSAPI prepay with its signed pay parameters, query and
 * close by out_trade_no, and the payment notification. Every failure to get a trustworthy answer is a
 * {@link DependencyUnavailableException} of "wechat-pay".
 */
public class WxJavaWechatPayAdapter implements WechatPayPort, AutoCloseable {

    static final String DEPENDENCY = "wechat-pay";

    /** WeChat Pay's error code for an out_trade_no it has never seen. */
    static final String ORDER_NOT_EXIST = "ORDER_NOT_EXIST";
    /**
     * What WeChat Pay answers when asked to close a paid order: ORDERPAID in its close-order error list (the v3
     * close of its HK/global API documents it; the domestic v3 page lists only the common codes), ORDER_PAID as
     * other clients spell it.
     */
    static final Set<String> ORDER_PAID = Set.of("ORDERPAID", "ORDER_PAID");
    /** Closing an order closed before: nothing can be paid any more either way. */
    static final Set<String> ORDER_CLOSED = Set.of("ORDER_CLOSED", "ORDERCLOSED");

    /** time_expire: RFC 3339 with the offset spelt out, as WeChat Pay's examples show ({@code +08:00}, never {@code Z}). */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final WxPayService wxPayService;
    private final CloseableHttpClient httpClient;
    private final NotificationReader notifications;
    private final String appId;
    private final String mchId;
    private final String notifyUrl;
    private final ZoneId zone;

    WxJavaWechatPayAdapter(WxPayService wxPayService, CloseableHttpClient httpClient, NotificationReader notifications,
                           String appId, String mchId, String notifyUrl, ZoneId zone) {
        this.wxPayService = wxPayService;
        this.httpClient = httpClient;
        this.notifications = notifications;
        this.appId = appId;
        this.mchId = mchId;
        this.notifyUrl = notifyUrl;
        this.zone = zone;
    }

    @Override
    public JsapiPayment prepay(RechargeOrder order, OpenId payer, String description) {
        WxPayUnifiedOrderV3Request.Amount amount = new WxPayUnifiedOrderV3Request.Amount();
        amount.setTotal(Math.toIntExact(order.amount().fen()));
        amount.setCurrency("CNY");
        WxPayUnifiedOrderV3Request.Payer openId = new WxPayUnifiedOrderV3Request.Payer();
        openId.setOpenid(payer.value());
        WxPayUnifiedOrderV3Request request = new WxPayUnifiedOrderV3Request()
                .setAppid(appId)
                .setMchid(mchId)
                .setDescription(description)
                .setOutTradeNo(order.outTradeNo().value())
                .setTimeExpire(RFC_3339.format(order.expireTime().atZone(zone)))
                .setNotifyUrl(notifyUrl)
                .setAmount(amount)
                .setPayer(openId);
        try {
            WxPayUnifiedOrderV3Result result = wxPayService.unifiedOrderV3(TradeTypeEnum.JSAPI, request);
            String prepayId = result == null ? null : result.getPrepayId();
            if (prepayId == null || prepayId.isBlank()) {
                throw unavailable(new IllegalStateException("WeChat Pay's prepay answer has no prepay_id"));
            }
            // WxJava signs appId\ntimeStamp\nnonceStr\npackage\n with the merchant key (SHA256withRSA, base64)
            WxPayUnifiedOrderV3Result.JsapiResult pay = WxPayUnifiedOrderV3Result.getJsapiPayInfo(prepayId, appId,
                    wxPayService.getConfig().getPrivateKey());
            return new JsapiPayment(pay.getAppId(), pay.getTimeStamp(), pay.getNonceStr(), pay.getPackageValue(),
                    pay.getSignType(), pay.getPaySign());
        } catch (WxPayException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<PaymentState> query(OutTradeNo outTradeNo) {
        WxPayOrderQueryV3Result result;
        try {
            result = wxPayService.queryOrderV3(null, outTradeNo.value());
        } catch (WxPayException e) {
            if (ORDER_NOT_EXIST.equals(e.getErrCode())) {
                return Optional.empty();
            }
            throw unavailable(e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        if (result == null) {
            throw unavailable(new IllegalStateException("WeChat Pay's query answer is empty"));
        }
        WxPayOrderQueryV3Result.Amount amount = result.getAmount();
        Transaction transaction = new Transaction(result.getAppid(), result.getMchid(), result.getOutTradeNo(),
                result.getTransactionId(), result.getTradeState(), result.getSuccessTime(),
                amount == null ? null : amount.getTotal(), amount == null ? null : amount.getCurrency());
        try {
            PaymentState state = transaction.toPaymentState(appId, mchId, zone);
            if (!state.outTradeNo().equals(outTradeNo)) {
                throw new Transaction.Unreadable("it answers for another out_trade_no");
            }
            return Optional.of(state);
        } catch (Transaction.Unreadable e) {
            throw unavailable(new IllegalStateException("WeChat Pay's query answer is refused: " + e.getMessage()));
        }
    }

    @Override
    public CloseOutcome close(OutTradeNo outTradeNo) {
        try {
            wxPayService.closeOrderV3(outTradeNo.value());
        } catch (WxPayException e) {
            String code = e.getErrCode();
            if (code != null && ORDER_PAID.contains(code)) {
                return CloseOutcome.ALREADY_PAID;
            }
            if (ORDER_NOT_EXIST.equals(code) || (code != null && ORDER_CLOSED.contains(code))) {
                return CloseOutcome.CLOSED;
            }
            throw unavailable(e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        // WeChat Pay's domestic v3 documents no error for closing a paid order, only 204: whatever it answered,
        // the query after the close says whether the money arrived first
        return query(outTradeNo)
                .filter(state -> state.state().isPaid())
                .map(paid -> CloseOutcome.ALREADY_PAID)
                .orElse(CloseOutcome.CLOSED);
    }

    @Override
    public PaymentState readNotification(SignedNotification notification) {
        return notifications.read(notification);
    }

    @Override
    public void close() {
        try {
            httpClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DependencyUnavailableException unavailable(Exception cause) {
        return new DependencyUnavailableException(DEPENDENCY, cause);
    }
}
