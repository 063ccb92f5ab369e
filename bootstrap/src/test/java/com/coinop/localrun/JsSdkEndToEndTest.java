package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.adapter.wechat.sandbox.WechatSandboxProperties;
import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.bootstrap.CoinopApplication;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's {@code wx.config} over HTTP against the local run: the real WxJava client fetches the jsapi
 * ticket from the WeChat sandbox, once for every signature (WxJava keeps it in Redis), and the signature
 * is checked here the way WeChat checks it.
 */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("local")
class JsSdkEndToEndTest {

    private static final int PORT = TestInfrastructure.freePort();
    private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_jssdk_test").forEach((name, value) -> registry.add(name, () -> value));
        registry.add("server.port", () -> PORT);
    }

    @Autowired
    private WechatSandboxServer wechat;

    @Autowired
    private WechatSandboxProperties sandbox;

    @Autowired
    private SaveUserPort saveUserPort;

    private Browser browser;

    @BeforeEach
    void aSignedInUser() {
        long n = USERS.incrementAndGet();
        User user = saveUserPort.insert(TestUsers.activeUser().withOpenId("o-jssdk-" + n)
                .withMobile(String.valueOf(16_000_000_000L + n)).build());
        browser = new Browser(PORT);
        assertThat(browser.signInWithWechat(user.openId().value(), "n").status()).isEqualTo(302);
    }

    @Test
    void the_page_gets_a_wx_config_that_verifies_with_the_ticket_wechat_gave() throws Exception {
        int ticketsBefore = wechat.requestCount("/cgi-bin/ticket/getticket");
        String page = "http://localhost:5173/index.html?machine=M-1#/scan";

        Browser.Answer first = browser.post("/wechat/jsapi/signature", "{\"url\": \"" + page + "\"}");
        Browser.Answer second = browser.post("/wechat/jsapi/signature",
                "{\"url\": \"http://127.0.0.1:" + PORT + "/h5/index.html\"}"); // the API's own origin

        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(second.status()).as(second.raw().body()).isEqualTo(200);
        JsonNode config = first.result();
        assertThat(config.propertyNames()).containsExactly("debug", "appId", "timestamp", "nonceStr", "signature", "jsApiList");
        assertThat(config.get("debug").asBoolean()).isTrue();
        assertThat(config.get("appId").asString()).isEqualTo(wechat.appId());
        assertThat(config.get("jsApiList").get(0).asString()).isEqualTo("scanQRCode");
        assertThat(config.get("jsApiList").size()).isEqualTo(1);
        long timestamp = config.get("timestamp").asLong();
        assertThat(Math.abs(timestamp - Instant.now().getEpochSecond())).isLessThan(60);
        assertThat(config.get("signature").asString()).isEqualTo(sha1("jsapi_ticket=" + sandbox.jsapiTicket()
                + "&noncestr=" + config.get("nonceStr").asString() + "&timestamp=" + timestamp
                + "&url=http://localhost:5173/index.html?machine=M-1"));
        assertThat(second.result().get("nonceStr").asString()).isNotEqualTo(config.get("nonceStr").asString());
        // the ticket is fetched at most once (a previous test of this context may have fetched it already)
        assertThat(wechat.requestCount("/cgi-bin/ticket/getticket") - ticketsBefore).isLessThanOrEqualTo(1);
    }

    @Test
    void another_site_s_page_is_not_signed() {
        Browser.Answer answer = browser.post("/wechat/jsapi/signature", "{\"url\": \"https://evil.example.com/\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("INVALID_URL");
    }

    private static String sha1(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(UTF_8)));
    }
}
