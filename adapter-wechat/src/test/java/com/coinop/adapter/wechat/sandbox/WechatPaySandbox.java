package com.coinop.adapter.wechat.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.coinop.adapter.wechat.sandbox.SandboxHttp.Request;
import com.coinop.adapter.wechat.sandbox.SandboxHttp.Response;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WeChat Pay API v3 in the sandbox, for one made-up merchant ({@link WechatPaySandboxKeys}): JSAPI prepay, query
 * and close by out_trade_no, each request's merchant signature checked and each answer signed with WeChat Pay's
 * key; the payer's side ({@link #pay}, {@code POST /sandbox/pay/{out_trade_no}/pay}, and a WeixinJSBridge for
 * desktop browsers at {@code /sandbox/pay/bridge.js}); and the payment notification, signed, encrypted with the
 * APIv3 key and sent again on WeChat Pay's schedule until the notify_url answers 2xx. Tests can also have it
 * send forged notifications and answer badly.
 */
public final class WechatPaySandbox {

    /** WeChat Pay's waits between notification attempts after the first: 15 more attempts over about a day. */
    public static final List<Duration> RETRY_SCHEDULE = List.of(Duration.ofSeconds(15), Duration.ofSeconds(15),
            Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(30),
            Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofHours(3), Duration.ofHours(3),
            Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(6));
    /** A header of the sandbox's own on each notification, naming its order in clear for tests. */
    public static final String ORDER_HEADER = "X-Sandbox-Out-Trade-No";
    /** How long the notifier waits for the notify_url's answer, as WeChat Pay does. */
    public static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(5);

    /** What is wrong with a notification the sandbox is told to send. */
    public enum Forgery {
        /** Signed, but the signature does not match the body. */
        BAD_SIGNATURE,
        /** Correctly signed with a timestamp ten minutes old. */
        STALE_TIMESTAMP,
        /** Correctly signed, naming a public key id coinop does not have. */
        UNKNOWN_SERIAL,
        /** One of WeChat Pay's signature probes (Wechatpay-Signature WECHATPAY/SIGNTEST/…). */
        SIGNATURE_PROBE,
        /** Correct but for another appid. */
        OTHER_APPID,
        /** Correct but for another merchant id. */
        OTHER_MCHID,
        /** Correctly signed, with a ciphertext changed after encryption. */
        TAMPERED_CIPHERTEXT
    }

    /** How the sandbox spoils its API answers, for tests of the client. */
    public enum AnswerFault {
        NONE,
        /** The signature does not match the answer. */
        BAD_SIGNATURE,
        /** Signed, naming a public key id coinop does not have. */
        UNKNOWN_SERIAL,
        /** No Wechatpay-* headers. */
        UNSIGNED,
        /** 500 SYSTEM_ERROR. */
        SERVER_ERROR,
        /** A correctly signed 200 that is not JSON. */
        GARBAGE
    }

    /** What the sandbox answers to closing a paid order. */
    public enum ClosingPaid {
        /** 400 ORDERPAID, as WeChat Pay's close-order error list says. */
        ORDERPAID,
        /** 204, as if the close succeeded: the client has to query to find the payment. */
        NO_CONTENT
    }

    /** An order as WeChat Pay holds it. */
    public record Order(String outTradeNo, String prepayId, String appId, String description, long total, String openId,
                        String notifyUrl, OffsetDateTime timeExpire, String tradeState, String transactionId,
                        OffsetDateTime successTime) {
    }

    /** One attempt to deliver a notification, and what the notify_url answered (status -1: no answer). */
    public record Delivery(String outTradeNo, String notificationId, int attempt, Map<String, String> headers, String body,
                           int status, String answer, String failure, Instant at) {

        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** The payer cannot pay: the order is unknown, paid, closed or expired (the code says which). */
    public static final class PaymentRefusedException extends RuntimeException {

        private final String code;

        PaymentRefusedException(String code, String message) {
            super(code + ": " + message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private static final ZoneId WECHAT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter PREPAY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");
    private static final Pattern RFC_3339_WITH_OFFSET = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}:\\d{2}");
    private static final Pattern ORDER_PATH = Pattern.compile("/v3/pay/transactions/out-trade-no/([^/?]+)(/close)?");
    private static final Pattern SANDBOX_ORDER_PATH = Pattern.compile("/sandbox/pay/([^/]+)(/pay)?");
    private static final Pattern AUTHORIZATION_PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final String JSON = "application/json; charset=utf-8";
    private static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048 ";
    private static final Duration REQUEST_SKEW = Duration.ofMinutes(5);

    private final SandboxContext context;
    private final WechatPaySandboxKeys keys;
    private final double retrySpeedup;
    private final Map<String, PayOrder> orders = new ConcurrentHashMap<>();
    private final Map<String, String> prepayIds = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> lastNotifications = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicReference<AnswerFault> answerFault = new AtomicReference<>(AnswerFault.NONE);
    private final AtomicReference<Duration> answerDelay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<ClosingPaid> closingPaid = new AtomicReference<>(ClosingPaid.ORDERPAID);
    private final ScheduledExecutorService notifier;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(NOTIFY_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** An order and its state, which changes under its own lock (a payment and a close race on it). */
    private static final class PayOrder {
        final JsonNode request;
        final String outTradeNo;
        final String prepayId;
        final String description;
        final long total;
        final String openId;
        final String notifyUrl;
        final OffsetDateTime timeExpire;
        String tradeState = "NOTPAY";
        String transactionId;
        OffsetDateTime successTime;

        PayOrder(JsonNode request, String outTradeNo, String prepayId, String description, long total, String openId,
                 String notifyUrl, OffsetDateTime timeExpire) {
            this.request = request;
            this.outTradeNo = outTradeNo;
            this.prepayId = prepayId;
            this.description = description;
            this.total = total;
            this.openId = openId;
            this.notifyUrl = notifyUrl;
            this.timeExpire = timeExpire;
        }
    }

    WechatPaySandbox(SandboxContext context, WechatPaySandboxKeys keys, double retrySpeedup) {
        if (!(retrySpeedup >= 1)) {
            throw new IllegalArgumentException("the retry speed-up divides WeChat Pay's schedule: at least 1, not " + retrySpeedup);
        }
        this.context = context;
        this.keys = keys;
        this.retrySpeedup = retrySpeedup;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "wechat-pay-sandbox-notifier");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.notifier = executor;
    }

    /** The merchant this sandbox serves. */
    public WechatPaySandboxKeys keys() {
        return keys;
    }

    // ---- the payer and the tests ----

    /** The order as WeChat Pay holds it now. */
    public Order order(String outTradeNo) {
        PayOrder order = orders.get(outTradeNo);
        if (order == null) {
            throw new PaymentRefusedException("ORDER_NOT_EXIST", "no order " + outTradeNo);
        }
        synchronized (order) {
            return view(order);
        }
    }

    /**
     * The user pays the order in WeChat: it becomes SUCCESS and its notification goes out (again on WeChat Pay's
     * schedule until the notify_url answers 2xx). Refused, as WeChat Pay refuses the payer, for an order that is
     * paid, closed or past its time_expire.
     */
    public Order pay(String outTradeNo) {
        return pay(outTradeNo, false);
    }

    /**
     * The payment WeChat Pay accepted at the order's last moment: allowed even once time_expire has passed (its
     * success_time is then the second before), as long as the order was not closed first. Lets tests race a
     * close against a payment.
     */
    public Order payAsItExpires(String outTradeNo) {
        return pay(outTradeNo, true);
    }

    /** Sends the order's last notification again, as WeChat Pay does when it missed an answer: a duplicate. */
    public void resend(String outTradeNo) {
        ObjectNode notification = lastNotifications.get(outTradeNo);
        if (notification == null) {
            throw new IllegalStateException("no notification was sent for " + outTradeNo);
        }
        PayOrder order = orders.get(outTradeNo);
        send(order, notification, null, 1, false);
    }

    /** Sends, once, a notification of the paid order with {@code forgery}. */
    public void sendForged(String outTradeNo, Forgery forgery) {
        PayOrder order = paidOrder(outTradeNo);
        synchronized (order) {
            ObjectNode transaction = transaction(order);
            if (forgery == Forgery.OTHER_APPID) {
                transaction.put("appid", "wx0000000000other");
            }
            if (forgery == Forgery.OTHER_MCHID) {
                transaction.put("mchid", "1900000000");
            }
            send(order, notification(transaction, forgery == Forgery.TAMPERED_CIPHERTEXT), forgery, 1, false);
        }
    }

    /** Sends, once and correctly signed, a notification of the paid order that reports {@code totalFen} paid. */
    public void sendWithAmount(String outTradeNo, long totalFen) {
        PayOrder order = paidOrder(outTradeNo);
        synchronized (order) {
            ObjectNode transaction = transaction(order);
            ObjectNode amount = (ObjectNode) transaction.get("amount");
            amount.put("total", totalFen);
            amount.put("payer_total", totalFen);
            send(order, notification(transaction, false), null, 1, false);
        }
    }

    /** Every delivery attempt so far for the order, in order. */
    public List<Delivery> deliveries(String outTradeNo) {
        return deliveries.stream().filter(delivery -> delivery.outTradeNo().equals(outTradeNo)).toList();
    }

    /** Waits until the order has at least {@code count} delivery attempts, and returns them. */
    public List<Delivery> awaitDeliveries(String outTradeNo, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Delivery> sent = deliveries(outTradeNo);
            if (sent.size() >= count) {
                return sent;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("expected " + count + " deliveries for " + outTradeNo + ", saw " + sent.size());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Spoils every API answer from now on ({@link AnswerFault#NONE} to stop). */
    public void answerWith(AnswerFault fault) {
        answerFault.set(Objects.requireNonNull(fault));
    }

    /** Waits this long before every API answer (zero to stop). */
    public void delayAnswers(Duration delay) {
        answerDelay.set(Objects.requireNonNull(delay));
    }

    /** Chooses what closing a paid order answers. */
    public void answerClosingPaidWith(ClosingPaid answer) {
        closingPaid.set(Objects.requireNonNull(answer));
    }

    void close() {
        notifier.shutdownNow();
    }

    // ---- HTTP ----

    Response handle(Request request) throws IOException {
        if (request.path().startsWith("/v3/")) {
            Duration delay = answerDelay.get();
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return signed(api(request));
        }
        Response response = sandbox(request);
        // a page on another localhost origin loads the bridge and calls these endpoints
        return response.with("Access-Control-Allow-Origin", "*");
    }

    private Response api(Request request) {
        String unauthorized = authorizationProblem(request);
        if (unauthorized != null) {
            return error(401, "SIGN_ERROR", "签名错误: " + unauthorized);
        }
        if (answerFault.get() == AnswerFault.SERVER_ERROR) {
            return error(500, "SYSTEM_ERROR", "系统错误");
        }
        if (answerFault.get() == AnswerFault.GARBAGE) {
            return Response.of(200, JSON, "<html>not json</html>");
        }
        if (request.path().equals("/v3/pay/transactions/jsapi") && request.method().equals("POST")) {
            return jsapi(request);
        }
        Matcher order = ORDER_PATH.matcher(request.path());
        if (order.matches() && order.group(2) == null && request.method().equals("GET")) {
            return query(order.group(1), request);
        }
        if (order.matches() && order.group(2) != null && request.method().equals("POST")) {
            return closeOrder(order.group(1), request);
        }
        return error(404, "NOT_FOUND", "请求的接口不存在");
    }

    private String authorizationProblem(Request request) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith(SCHEMA)) {
            return "Authorization 不是 " + SCHEMA.strip();
        }
        Map<String, String> params = new LinkedHashMap<>();
        Matcher matcher = AUTHORIZATION_PARAM.matcher(authorization.substring(SCHEMA.length()));
        while (matcher.find()) {
            params.put(matcher.group(1), matcher.group(2));
        }
        if (!keys.mchId().equals(params.get("mchid"))) {
            return "mchid 不是沙箱商户";
        }
        if (!keys.merchantSerialNumber().equalsIgnoreCase(String.valueOf(params.get("serial_no")))) {
            return "serial_no 不是商户证书序列号";
        }
        String nonce = params.get("nonce_str");
        String timestamp = params.get("timestamp");
        if (nonce == null || nonce.isEmpty() || timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return "缺少 nonce_str 或 timestamp";
        }
        // the merchant signs with its own clock, not the sandbox's movable one
        if (Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), Instant.now()).abs().compareTo(REQUEST_SKEW) > 0) {
            return "timestamp 超出 5 分钟";
        }
        String message = request.method() + "\n" + request.pathAndQuery() + "\n" + timestamp + "\n" + nonce + "\n"
                + request.bodyText() + "\n";
        return verifies(message, params.get("signature")) ? null : "签名验证失败";
    }

    private boolean verifies(String message, String signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys.merchantPublicKey());
            verifier.update(message.getBytes(UTF_8));
            return signature != null && verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private Response jsapi(Request request) {
        JsonNode body;
        try {
            body = SandboxHttp.parse(request.bodyText());
        } catch (JacksonException e) {
            return paramError("body", "请求体不是 JSON");
        }
        if (!body.isObject()) {
            return paramError("body", "请求体不是 JSON 对象");
        }
        String appId = SandboxHttp.text(body, "appid");
        String mchId = SandboxHttp.text(body, "mchid");
        String description = SandboxHttp.text(body, "description");
        String outTradeNo = SandboxHttp.text(body, "out_trade_no");
        String timeExpire = SandboxHttp.text(body, "time_expire");
        String notifyUrl = SandboxHttp.text(body, "notify_url");
        JsonNode total = body.path("amount").path("total");
        String currency = SandboxHttp.text(body.path("amount"), "currency");
        String openId = SandboxHttp.text(body.path("payer"), "openid");
        if (appId == null || mchId == null) {
            return paramError(appId == null ? "appid" : "mchid", "缺少必填字段");
        }
        if (!appId.equals(context.appId()) || !mchId.equals(keys.mchId())) {
            return error(400, "APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配");
        }
        if (description == null || description.isEmpty() || description.codePointCount(0, description.length()) > 127) {
            return paramError("description", "description 必填，至多 127 个字符");
        }
        if (outTradeNo == null || !OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            return paramError("out_trade_no", "out_trade_no 须为 6 到 32 位数字、字母、_-|*");
        }
        OffsetDateTime expire;
        if (timeExpire == null) {
            expire = OffsetDateTime.ofInstant(context.now().plus(Duration.ofHours(2)), WECHAT_ZONE);
        } else {
            if (!RFC_3339_WITH_OFFSET.matcher(timeExpire).matches()) {
                return paramError("time_expire", "time_expire 须为 rfc3339 格式，如 2018-06-08T10:34:56+08:00");
            }
            try {
                expire = OffsetDateTime.parse(timeExpire);
            } catch (DateTimeParseException e) {
                return paramError("time_expire", "time_expire 不是时间");
            }
            if (!expire.toInstant().isAfter(context.now())) {
                return paramError("time_expire", "time_expire 须晚于当前时间");
            }
        }
        if (notifyUrl == null || !notifyUrl.matches("https?://[^?#\\s]+")) {
            return paramError("notify_url", "notify_url 须为不带参数的 http(s) 地址");
        }
        if (!total.isIntegralNumber() || !total.canConvertToInt() || total.intValue() < 1) {
            return paramError("amount.total", "amount.total 须为正整数（分）");
        }
        if (currency != null && !currency.equals("CNY")) {
            return paramError("amount.currency", "amount.currency 只支持 CNY");
        }
        if (openId == null || openId.isBlank()) {
            return paramError("payer.openid", "payer.openid 必填");
        }
        PayOrder created = new PayOrder(body, outTradeNo, "wx" + PREPAY_TIME.format(OffsetDateTime.ofInstant(context.now(),
                WECHAT_ZONE)) + SandboxHttp.hex(10), description, total.intValue(), openId, notifyUrl, expire);
        PayOrder order = orders.putIfAbsent(outTradeNo, created);
        if (order == null) {
            order = created;
            prepayIds.put(order.prepayId, outTradeNo);
        }
        synchronized (order) {
            if (order != created && "SUCCESS".equals(order.tradeState)) {
                return error(400, "ORDERPAID", "该订单已支付");
            }
            if (order != created && "CLOSED".equals(order.tradeState)) {
                return error(400, "ORDER_CLOSED", "订单已关闭");
            }
            // the same request again gets the same prepay_id; another one under the same out_trade_no is refused
            if (order != created && !order.request.equals(body)) {
                return error(400, "INVALID_REQUEST", "201 商户订单号重复");
            }
            ObjectNode answer = SandboxHttp.object();
            answer.put("prepay_id", order.prepayId);
            return Response.json(200, JSON, answer);
        }
    }

    private Response query(String outTradeNo, Request request) {
        if (!keys.mchId().equals(request.query().get("mchid"))) {
            return paramError("mchid", "mchid 与商户号不符");
        }
        PayOrder order = orders.get(outTradeNo);
        if (order == null) {
            return error(404, "ORDER_NOT_EXIST", "订单不存在");
        }
        synchronized (order) {
            return Response.json(200, JSON, transaction(order));
        }
    }

    private Response closeOrder(String outTradeNo, Request request) {
        JsonNode body;
        try {
            body = SandboxHttp.parse(request.bodyText());
        } catch (JacksonException e) {
            return paramError("body", "请求体不是 JSON");
        }
        if (!keys.mchId().equals(SandboxHttp.text(body, "mchid"))) {
            return paramError("mchid", "mchid 与商户号不符");
        }
        PayOrder order = orders.get(outTradeNo);
        if (order == null) {
            return error(404, "ORDER_NOT_EXIST", "订单不存在");
        }
        synchronized (order) {
            if ("SUCCESS".equals(order.tradeState)) {
                return closingPaid.get() == ClosingPaid.ORDERPAID
                        ? error(400, "ORDERPAID", "订单已支付，不能发起关单")
                        : Response.of(204, JSON, "");
            }
            order.tradeState = "CLOSED";
            return Response.of(204, JSON, "");
        }
    }

    private Response sandbox(Request request) throws IOException {
        if (request.method().equals("OPTIONS")) {
            return Response.of(204, null, "")
                    .with("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                    .with("Access-Control-Allow-Headers", "Content-Type")
                    .with("Access-Control-Max-Age", "600");
        }
        if (request.path().equals("/sandbox/pay/bridge.js") && request.method().equals("GET")) {
            try (InputStream script = WechatPaySandbox.class.getResourceAsStream("bridge.js")) {
                return Response.of(200, "text/javascript; charset=utf-8", new String(Objects.requireNonNull(script).readAllBytes(), UTF_8))
                        .with("Cache-Control", "no-store");
            }
        }
        if (request.path().equals("/sandbox/pay/check-pay-sign") && request.method().equals("POST")) {
            return checkPaySign(request);
        }
        Matcher path = SANDBOX_ORDER_PATH.matcher(request.path());
        if (path.matches() && path.group(2) != null && request.method().equals("POST")) {
            try {
                return Response.json(200, JSON, orderJson(pay(path.group(1))));
            } catch (PaymentRefusedException e) {
                return error(e.code().equals("ORDER_NOT_EXIST") ? 404 : 409, e.code(), e.getMessage());
            }
        }
        if (path.matches() && path.group(2) == null && request.method().equals("GET")) {
            try {
                ObjectNode answer = orderJson(order(path.group(1)));
                var sent = answer.putArray("deliveries");
                for (Delivery delivery : deliveries(path.group(1))) {
                    ObjectNode one = sent.addObject();
                    one.put("attempt", delivery.attempt());
                    one.put("status", delivery.status());
                    one.put("at", delivery.at().toString());
                }
                return Response.json(200, JSON, answer);
            } catch (PaymentRefusedException e) {
                return error(404, e.code(), e.getMessage());
            }
        }
        return error(404, "NOT_FOUND", "沙箱没有这个地址");
    }

    /**
     * What the bridge asks before showing the payer the amount: whether the page's getBrandWCPayRequest parameters
     * are right (coinop's appId, signType RSA, a known prepay_id, a timeStamp of digits) and paySign verifies with
     * the merchant's public key over {@code appId\ntimeStamp\nnonceStr\npackage\n}; and whether the order can
     * still be paid (409 naming why not), as WeChat says before its pay sheet.
     */
    private Response checkPaySign(Request request) {
        JsonNode params;
        try {
            params = SandboxHttp.parse(request.bodyText());
        } catch (JacksonException e) {
            return refusedPaySign("the parameters are not JSON");
        }
        String appId = SandboxHttp.text(params, "appId");
        String timeStamp = SandboxHttp.text(params, "timeStamp");
        String nonceStr = SandboxHttp.text(params, "nonceStr");
        String packageValue = SandboxHttp.text(params, "package");
        String signType = SandboxHttp.text(params, "signType");
        String paySign = SandboxHttp.text(params, "paySign");
        if (appId == null || timeStamp == null || nonceStr == null || packageValue == null || signType == null || paySign == null) {
            return refusedPaySign("appId, timeStamp, nonceStr, package, signType and paySign are all needed, as strings");
        }
        if (!appId.equals(context.appId())) {
            return refusedPaySign("appId is not the official account's");
        }
        if (!signType.equals("RSA")) {
            return refusedPaySign("signType must be RSA");
        }
        if (!timeStamp.matches("\\d{1,12}")) {
            return refusedPaySign("timeStamp must be seconds, as a string of digits");
        }
        String outTradeNo = packageValue.startsWith("prepay_id=") ? prepayIds.get(packageValue.substring("prepay_id=".length())) : null;
        if (outTradeNo == null) {
            return refusedPaySign("package must be prepay_id=<a prepay_id of this merchant>");
        }
        if (!verifies(appId + "\n" + timeStamp + "\n" + nonceStr + "\n" + packageValue + "\n", paySign)) {
            return refusedPaySign("paySign does not verify with the merchant's public key");
        }
        PayOrder order = orders.get(outTradeNo);
        synchronized (order) {
            PaymentRefusedException refused = refusal(order, context.now(), false);
            if (refused != null) {
                return refusedPaySign(409, refused.getMessage());
            }
            ObjectNode answer = orderJson(view(order));
            answer.put("ok", true);
            return Response.json(200, JSON, answer);
        }
    }

    private static Response refusedPaySign(String why) {
        return refusedPaySign(400, why);
    }

    private static Response refusedPaySign(int status, String why) {
        ObjectNode answer = SandboxHttp.object();
        answer.put("ok", false);
        answer.put("error", why);
        return Response.json(status, JSON, answer);
    }

    // ---- payments and notifications ----

    private Order pay(String outTradeNo, boolean asItExpires) {
        PayOrder order = orders.get(outTradeNo);
        if (order == null) {
            throw new PaymentRefusedException("ORDER_NOT_EXIST", "no order " + outTradeNo);
        }
        ObjectNode notification;
        synchronized (order) {
            Instant now = context.now();
            PaymentRefusedException refused = refusal(order, now, asItExpires);
            if (refused != null) {
                throw refused;
            }
            boolean expired = !now.isBefore(order.timeExpire.toInstant());
            Instant paidAt = expired ? order.timeExpire.toInstant().minusSeconds(1) : now;
            order.tradeState = "SUCCESS";
            order.transactionId = "4200" + digits(24);
            order.successTime = OffsetDateTime.ofInstant(paidAt, WECHAT_ZONE).withNano(0);
            notification = notification(transaction(order), false);
            lastNotifications.put(outTradeNo, notification);
        }
        send(order, notification, null, 1, true);
        return order(outTradeNo);
    }

    /** Why the payer cannot pay the order at {@code now}, or null when it can; called holding the order's lock. */
    private static PaymentRefusedException refusal(PayOrder order, Instant now, boolean asItExpires) {
        if ("SUCCESS".equals(order.tradeState)) {
            return new PaymentRefusedException("ORDERPAID", "the order is paid already");
        }
        if ("CLOSED".equals(order.tradeState)) {
            return new PaymentRefusedException("ORDER_CLOSED", "the order is closed");
        }
        if (!asItExpires && !now.isBefore(order.timeExpire.toInstant())) {
            return new PaymentRefusedException("ORDER_EXPIRED", "the order expired at " + order.timeExpire);
        }
        return null;
    }

    private PayOrder paidOrder(String outTradeNo) {
        PayOrder order = orders.get(outTradeNo);
        if (order == null || order.transactionId == null) {
            throw new IllegalStateException(outTradeNo + " is not paid: pay it first");
        }
        return order;
    }

    /** The order as WeChat Pay's query and notification describe it. */
    private ObjectNode transaction(PayOrder order) {
        ObjectNode transaction = SandboxHttp.object();
        transaction.put("appid", context.appId());
        transaction.put("mchid", keys.mchId());
        transaction.put("out_trade_no", order.outTradeNo);
        boolean paid = "SUCCESS".equals(order.tradeState);
        if (paid) {
            transaction.put("transaction_id", order.transactionId);
            transaction.put("trade_type", "JSAPI");
        }
        transaction.put("trade_state", order.tradeState);
        transaction.put("trade_state_desc", switch (order.tradeState) {
            case "SUCCESS" -> "支付成功";
            case "CLOSED" -> "订单已关闭";
            default -> "订单未支付";
        });
        if (paid) {
            transaction.put("bank_type", "OTHERS");
            transaction.put("attach", "");
            transaction.put("success_time", RFC_3339.format(order.successTime));
            transaction.putObject("payer").put("openid", order.openId);
        }
        ObjectNode amount = transaction.putObject("amount");
        amount.put("total", order.total);
        if (paid) {
            amount.put("payer_total", order.total);
        }
        amount.put("currency", "CNY");
        amount.put("payer_currency", "CNY");
        return transaction;
    }

    /** The notification of {@code transaction}: encrypted with the APIv3 key (AEAD_AES_256_GCM). */
    private ObjectNode notification(ObjectNode transaction, boolean tamper) {
        String nonce = SandboxHttp.alphanumeric(12);
        String associatedData = "transaction";
        byte[] sealed;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.apiV3Key().getBytes(UTF_8), "AES"),
                    new GCMParameterSpec(128, nonce.getBytes(UTF_8)));
            cipher.updateAAD(associatedData.getBytes(UTF_8));
            sealed = cipher.doFinal(SandboxHttp.JSON.writeValueAsString(transaction).getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        if (tamper) {
            sealed[0] ^= 0x01;
        }
        ObjectNode notification = SandboxHttp.object();
        notification.put("id", UUID.randomUUID().toString());
        notification.put("create_time", RFC_3339.format(OffsetDateTime.ofInstant(context.now(), WECHAT_ZONE)));
        notification.put("resource_type", "encrypt-resource");
        notification.put("event_type", "TRANSACTION.SUCCESS");
        notification.put("summary", "支付成功");
        ObjectNode resource = notification.putObject("resource");
        resource.put("original_type", "transaction");
        resource.put("algorithm", "AEAD_AES_256_GCM");
        resource.put("ciphertext", Base64.getEncoder().encodeToString(sealed));
        resource.put("associated_data", associatedData);
        resource.put("nonce", nonce);
        return notification;
    }

    private void send(PayOrder order, ObjectNode notification, Forgery forgery, int attempt, boolean retry) {
        notifier.execute(() -> deliver(order, notification, forgery, attempt, retry));
    }

    private void deliver(PayOrder order, ObjectNode notification, Forgery forgery, int attempt, boolean retry) {
        String body = SandboxHttp.JSON.writeValueAsString(notification);
        Map<String, String> headers = signatureHeaders(body, forgery);
        Delivery delivery;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(order.notifyUrl)).timeout(NOTIFY_TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Mozilla/4.0 (WeChat Pay sandbox)")
                    // not WeChat Pay's: lets a test put faults in front of one order's notifications (coinop ignores it)
                    .header(ORDER_HEADER, order.outTradeNo);
            headers.forEach(request::header);
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
            delivery = new Delivery(order.outTradeNo, SandboxHttp.text(notification, "id"), attempt, headers, body,
                    answer.statusCode(), answer.body(), null, Instant.now());
        } catch (IOException | IllegalArgumentException e) {
            delivery = new Delivery(order.outTradeNo, SandboxHttp.text(notification, "id"), attempt, headers, body, -1, null,
                    e.toString(), Instant.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        deliveries.add(delivery);
        if (!delivery.accepted() && retry && attempt <= RETRY_SCHEDULE.size()) {
            long wait = (long) (RETRY_SCHEDULE.get(attempt - 1).toMillis() / retrySpeedup);
            notifier.schedule(() -> deliver(order, notification, forgery, attempt + 1, true), wait, TimeUnit.MILLISECONDS);
        }
    }

    /** Wechatpay-Serial, -Signature, -Timestamp, -Nonce of a notification or an answer, spoilt as {@code forgery} says. */
    private Map<String, String> signatureHeaders(String body, Forgery forgery) {
        Instant now = context.now();
        long timestamp = (forgery == Forgery.STALE_TIMESTAMP ? now.minus(Duration.ofMinutes(10)) : now).getEpochSecond();
        String nonce = SandboxHttp.alphanumeric(32);
        String signed = forgery == Forgery.BAD_SIGNATURE ? body + " " : body;
        String signature = forgery == Forgery.SIGNATURE_PROBE
                ? "WECHATPAY/SIGNTEST/" + Base64.getEncoder().encodeToString(SandboxHttp.hex(64).getBytes(UTF_8))
                : sign(timestamp + "\n" + nonce + "\n" + signed + "\n");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Wechatpay-Serial", forgery == Forgery.UNKNOWN_SERIAL ? "PUB_KEY_ID_0199999999999999999999999999" : keys.publicKeyId());
        headers.put("Wechatpay-Signature", signature);
        headers.put("Wechatpay-Timestamp", String.valueOf(timestamp));
        headers.put("Wechatpay-Nonce", nonce);
        return headers;
    }

    private Response signed(Response response) {
        AnswerFault fault = answerFault.get();
        Response answer = response.with("Request-ID", SandboxHttp.hex(16).toUpperCase(Locale.ROOT));
        if (fault == AnswerFault.UNSIGNED) {
            return answer;
        }
        Forgery forgery = switch (fault) {
            case BAD_SIGNATURE -> Forgery.BAD_SIGNATURE;
            case UNKNOWN_SERIAL -> Forgery.UNKNOWN_SERIAL;
            default -> null;
        };
        for (Map.Entry<String, String> header : signatureHeaders(response.bodyText(), forgery).entrySet()) {
            answer = answer.with(header.getKey(), header.getValue());
        }
        return answer;
    }

    private String sign(String message) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.wechatPayPrivateKey());
            signer.update(message.getBytes(UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response error(int status, String code, String message) {
        ObjectNode answer = SandboxHttp.object();
        answer.put("code", code);
        answer.put("message", message);
        return Response.json(status, JSON, answer);
    }

    private static Response paramError(String field, String issue) {
        ObjectNode answer = SandboxHttp.object();
        answer.put("code", "PARAM_ERROR");
        answer.put("message", issue);
        ObjectNode detail = answer.putObject("detail");
        detail.put("location", "body");
        detail.put("field", field);
        return Response.json(400, JSON, answer);
    }

    private static Order view(PayOrder order) {
        return new Order(order.outTradeNo, order.prepayId, SandboxHttp.text(order.request, "appid"), order.description,
                order.total, order.openId, order.notifyUrl, order.timeExpire, order.tradeState, order.transactionId,
                order.successTime);
    }

    private static ObjectNode orderJson(Order order) {
        ObjectNode json = SandboxHttp.object();
        json.put("out_trade_no", order.outTradeNo());
        json.put("description", order.description());
        json.put("total", order.total());
        json.put("time_expire", RFC_3339.format(order.timeExpire()));
        json.put("trade_state", order.tradeState());
        if (order.transactionId() != null) {
            json.put("transaction_id", order.transactionId());
            json.put("success_time", RFC_3339.format(order.successTime()));
        }
        return json;
    }

    private static String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        String hex = SandboxHttp.hex(count);
        for (int i = 0; i < count; i++) {
            out.append(Character.digit(hex.charAt(i), 16) % 10);
        }
        return out.toString();
    }
}
