package com.coinop.adapter.wechat.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The sandbox's WeChat Pay as WeChat Pay's own protocol and a desktop browser meet it: merchant signatures
 * checked, the JSAPI request validated, the bridge script and its endpoints.
 */
class WechatPaySandboxTest {

    private static final WechatPaySandboxKeys KEYS = WechatPaySandboxKeys.generate();
    private static final String APP_ID = "wxapp";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final HttpClient http = HttpClient.newHttpClient();
    private WechatSandboxServer sandbox;

    @BeforeEach
    void start() throws Exception {
        sandbox = WechatSandboxServer.start(0, APP_ID, "secret", "ticket", Clock.systemUTC(), KEYS, 1000);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String jsapi(String outTradeNo, long total, String timeExpire) {
        return """
                {"appid":"%s","mchid":"%s","description":"充值","out_trade_no":"%s","time_expire":"%s",\
                "notify_url":"https://coinop.example/wechat/pay/notify","amount":{"total":%d,"currency":"CNY"},\
                "payer":{"openid":"o-1"}}""".formatted(APP_ID, KEYS.mchId(), outTradeNo, timeExpire, total);
    }

    private static String inMinutes(long minutes) {
        return RFC_3339.format(OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).plusMinutes(minutes));
    }

    /** A v3 request signed as a merchant signs it (WECHATPAY2-SHA256-RSA2048), here by hand. */
    private HttpResponse<String> v3(String method, String pathAndQuery, String body) throws Exception {
        String nonce = "n" + System.nanoTime();
        long timestamp = System.currentTimeMillis() / 1000;
        String message = method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(KEYS.merchantPrivateKey());
        signer.update(message.getBytes(UTF_8));
        String authorization = "WECHATPAY2-SHA256-RSA2048 mchid=\"" + KEYS.mchId() + "\",nonce_str=\"" + nonce + "\",timestamp=\""
                + timestamp + "\",serial_no=\"" + KEYS.merchantSerialNumber() + "\",signature=\""
                + Base64.getEncoder().encodeToString(signer.sign()) + "\"";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
                .header("Authorization", authorization).header("Accept", "application/json");
        request = body.isEmpty() ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private HttpResponse<String> post(String path, String origin, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).header("Origin", origin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static String code(HttpResponse<String> response) {
        return SandboxHttp.text(SandboxHttp.parse(response.body()), "code");
    }

    @Test
    void a_correctly_signed_jsapi_request_gets_a_prepay_id_in_an_answer_signed_by_wechat_pay() throws Exception {
        HttpResponse<String> answer = v3("POST", "/v3/pay/transactions/jsapi", jsapi("SBX-ORDER-1", 100, inMinutes(15)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.text(SandboxHttp.parse(answer.body()), "prepay_id")).startsWith("wx");
        String message = answer.headers().firstValue("Wechatpay-Timestamp").orElseThrow() + "\n"
                + answer.headers().firstValue("Wechatpay-Nonce").orElseThrow() + "\n" + answer.body() + "\n";
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KEYS.wechatPayPublicKey());
        verifier.update(message.getBytes(UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(answer.headers().firstValue("Wechatpay-Signature").orElseThrow()))).isTrue();
        assertThat(answer.headers().firstValue("Wechatpay-Serial")).contains(KEYS.publicKeyId());
    }

    @Test
    void an_unsigned_request_is_refused_with_sign_error() throws Exception {
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v3/pay/transactions/out-trade-no/SBX-1?mchid="
                + KEYS.mchId())).build(), HttpResponse.BodyHandlers.ofString(UTF_8));

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(code(unsigned)).isEqualTo("SIGN_ERROR");
    }

    @Test
    void the_jsapi_request_is_validated_as_wechat_pay_validates_it() throws Exception {
        assertThat(code(v3("POST", "/v3/pay/transactions/jsapi", jsapi("short", 100, inMinutes(15))))).isEqualTo("PARAM_ERROR");
        assertThat(code(v3("POST", "/v3/pay/transactions/jsapi", jsapi("SBX-ORDER-2", 0, inMinutes(15))))).isEqualTo("PARAM_ERROR");
        assertThat(code(v3("POST", "/v3/pay/transactions/jsapi", jsapi("SBX-ORDER-3", 100, inMinutes(-1))))).isEqualTo("PARAM_ERROR");
        assertThat(code(v3("POST", "/v3/pay/transactions/jsapi", jsapi("SBX-ORDER-4", 100, "2030-01-01 00:00:00")))).isEqualTo("PARAM_ERROR");
        assertThat(code(v3("POST", "/v3/pay/transactions/jsapi", jsapi("SBX-ORDER-5", 100, inMinutes(15)).replace(APP_ID, "wxother"))))
                .isEqualTo("APPID_MCHID_NOT_MATCH");
    }

    @Test
    void query_and_close_answer_wechat_pays_codes() throws Exception {
        String query = "/v3/pay/transactions/out-trade-no/SBX-ORDER-6?mchid=" + KEYS.mchId();
        HttpResponse<String> unknown = v3("GET", query, "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(code(unknown)).isEqualTo("ORDER_NOT_EXIST");

        v3("POST", "/v3/pay/transactions/jsapi", jsapi("SBX-ORDER-6", 100, inMinutes(15)));
        assertThat(SandboxHttp.text(SandboxHttp.parse(v3("GET", query, "").body()), "trade_state")).isEqualTo("NOTPAY");
        sandbox.pay().pay("SBX-ORDER-6");
        HttpResponse<String> close = v3("POST", "/v3/pay/transactions/out-trade-no/SBX-ORDER-6/close", "{\"mchid\":\"" + KEYS.mchId() + "\"}");
        assertThat(close.statusCode()).isEqualTo(400);
        assertThat(code(close)).isEqualTo("ORDERPAID");
    }

    @Test
    void the_bridge_script_is_javascript_any_local_page_may_load() throws Exception {
        HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/sandbox/pay/bridge.js"))
                .header("Origin", "http://localhost:5173").build(), HttpResponse.BodyHandlers.ofString(UTF_8));

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(script.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(script.body()).contains("window.WeixinJSBridge", "WeixinJSBridgeReady", "getBrandWCPayRequest",
                "/sandbox/pay/check-pay-sign", "get_brand_wcpay_request:ok", "get_brand_wcpay_request:cancel");
    }

    @Test
    void a_page_on_another_origin_may_call_the_bridge_endpoints() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/sandbox/pay/check-pay-sign"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(headers -> assertThat(headers).containsIgnoringCase("content-type"));
    }

    /** What coinop hands the page for getBrandWCPayRequest: the prepay signed with the merchant key. */
    private String bridgeParams(String prepayId) throws Exception {
        String timeStamp = String.valueOf(System.currentTimeMillis() / 1000);
        String packageValue = "prepay_id=" + prepayId;
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(KEYS.merchantPrivateKey());
        signer.update((APP_ID + "\n" + timeStamp + "\nnonce123\n" + packageValue + "\n").getBytes(UTF_8));
        String paySign = Base64.getEncoder().encodeToString(signer.sign());
        return """
                {"appId":"%s","timeStamp":"%s","nonceStr":"nonce123","package":"%s","signType":"RSA","paySign":"%s"}"""
                .formatted(APP_ID, timeStamp, packageValue, paySign);
    }

    private String prepay(String outTradeNo, long total, String timeExpire) throws Exception {
        return SandboxHttp.text(SandboxHttp.parse(v3("POST", "/v3/pay/transactions/jsapi", jsapi(outTradeNo, total, timeExpire)).body()),
                "prepay_id");
    }

    @Test
    void the_bridge_checks_pay_sign_with_the_merchant_key_then_the_payer_pays_over_http() throws Exception {
        String params = bridgeParams(prepay("SBX-ORDER-7", 2500, inMinutes(15)));

        HttpResponse<String> forged = post("/sandbox/pay/check-pay-sign", "http://localhost:5173", params.replace("nonce123", "nonce124"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(SandboxHttp.text(SandboxHttp.parse(forged.body()), "error")).contains("paySign does not verify");

        HttpResponse<String> checked = post("/sandbox/pay/check-pay-sign", "http://localhost:5173", params);
        JsonNode order = SandboxHttp.parse(checked.body());
        assertThat(checked.statusCode()).isEqualTo(200);
        assertThat(order.path("ok").booleanValue()).isTrue();
        assertThat(order.path("total").longValue()).isEqualTo(2500);
        assertThat(SandboxHttp.text(order, "out_trade_no")).isEqualTo("SBX-ORDER-7");

        HttpResponse<String> paid = post("/sandbox/pay/SBX-ORDER-7/pay", "http://localhost:5173", "");
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(SandboxHttp.text(SandboxHttp.parse(paid.body()), "trade_state")).isEqualTo("SUCCESS");
        assertThat(sandbox.pay().order("SBX-ORDER-7").tradeState()).isEqualTo("SUCCESS");
        HttpResponse<String> again = post("/sandbox/pay/SBX-ORDER-7/pay", "http://localhost:5173", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(code(again)).isEqualTo("ORDERPAID");
    }

    @Test
    void the_bridge_shows_no_pay_dialog_for_an_order_the_payer_cannot_pay() throws Exception {
        String paid = bridgeParams(prepay("SBX-ORDER-9", 100, inMinutes(15)));
        sandbox.pay().pay("SBX-ORDER-9");
        String closed = bridgeParams(prepay("SBX-ORDER-10", 100, inMinutes(15)));
        v3("POST", "/v3/pay/transactions/out-trade-no/SBX-ORDER-10/close", "{\"mchid\":\"" + KEYS.mchId() + "\"}");
        String expired = bridgeParams(prepay("SBX-ORDER-11", 100, inMinutes(15)));
        sandbox.advanceClock(Duration.ofMinutes(15));

        // WeChat tells the payer before its pay sheet, as the payment itself would: the bridge answers fail at once
        for (Map.Entry<String, String> refusal : Map.of(paid, "ORDERPAID", closed, "ORDER_CLOSED", expired, "ORDER_EXPIRED").entrySet()) {
            HttpResponse<String> checked = post("/sandbox/pay/check-pay-sign", "http://localhost:5173", refusal.getKey());
            assertThat(checked.statusCode()).isEqualTo(409);
            JsonNode answer = SandboxHttp.parse(checked.body());
            assertThat(answer.path("ok").booleanValue()).isFalse();
            assertThat(SandboxHttp.text(answer, "error")).startsWith(refusal.getValue() + ": ");
        }
    }

    @Test
    void an_expired_order_cannot_be_paid_by_the_payer() throws Exception {
        v3("POST", "/v3/pay/transactions/jsapi", jsapi("SBX-ORDER-8", 100, inMinutes(15)));
        sandbox.advanceClock(Duration.ofMinutes(15));

        HttpResponse<String> refused = post("/sandbox/pay/SBX-ORDER-8/pay", "http://localhost:5173", "");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(code(refused)).isEqualTo("ORDER_EXPIRED");
        assertThatThrownBy(() -> sandbox.pay().pay("SBX-ORDER-8")).isInstanceOf(WechatPaySandbox.PaymentRefusedException.class);
    }

    @Test
    void the_keys_read_back_from_their_properties_are_the_same_merchant() {
        Map<String, String> properties = KEYS.properties();

        WechatPaySandboxKeys read = WechatPaySandboxKeys.fromProperties(properties::get);

        assertThat(read.merchantPublicKey()).isEqualTo(KEYS.merchantPublicKey());
        assertThat(read.wechatPayPrivateKey()).isEqualTo(KEYS.wechatPayPrivateKey());
        assertThat(read.apiV3Key()).isEqualTo(KEYS.apiV3Key()).hasSize(32);
        assertThat(read.publicKeyId()).isEqualTo(KEYS.publicKeyId()).startsWith("PUB_KEY_ID_");
        assertThat(WechatPaySandboxKeys.generate().apiV3Key()).isNotEqualTo(KEYS.apiV3Key());
    }
}
