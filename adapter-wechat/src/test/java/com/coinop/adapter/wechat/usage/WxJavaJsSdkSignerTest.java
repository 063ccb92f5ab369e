package com.coinop.adapter.wechat.usage;

import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.usage.port.out.JsSdkSignature;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WxJavaJsSdkSignerTest {

    private static final String APP_ID = "wx1234567890abcdef";
    private static final String SECRET = "the-app-secret";
    private static final String TICKET = "the-sandbox-jsapi-ticket";
    private static final Instant NOW = Instant.parse("2026-11-28T06:30:15Z");

    private WechatSandboxServer sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = WechatSandboxServer.start(0, APP_ID, SECRET, TICKET, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void the_signature_is_the_one_of_wechat_s_published_example() {
        // JS-SDK documentation, appendix 1: the ticket, noncestr, timestamp and url of its example, and its SHA-1
        String ticket = "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

        assertThat(WxJavaJsSdkSigner.signature(ticket, "Wm3WZYTPz0wzccnW", 1414587457L, "http://mp.weixin.qq.com?params=value"))
                .isEqualTo("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
        // what follows # is not part of the signed URL
        assertThat(WxJavaJsSdkSigner.signature(ticket, "Wm3WZYTPz0wzccnW", 1414587457L,
                "http://mp.weixin.qq.com?params=value#/scan"))
                .isEqualTo("0f9de62fce790f9a083d5c99e95740ceb90c27ed");
    }

    @Test
    void a_page_is_signed_with_the_ticket_wechat_gives_the_app_the_clock_s_second_and_a_fresh_nonce() throws Exception {
        WxJavaJsSdkSigner signer = signer(sandbox.baseUrl(), SECRET);

        JsSdkSignature first = signer.sign("https://h5.example.com/index.html?machine=M-1#/scan");
        JsSdkSignature second = signer.sign("https://h5.example.com/index.html?machine=M-1#/scan");

        assertThat(first.appId()).isEqualTo(APP_ID);
        assertThat(first.timestamp()).isEqualTo(NOW.getEpochSecond());
        assertThat(first.nonceStr()).matches("[A-Za-z0-9]{16}");
        assertThat(second.nonceStr()).isNotEqualTo(first.nonceStr());
        assertThat(first.signature()).isEqualTo(sha1("jsapi_ticket=" + TICKET + "&noncestr=" + first.nonceStr()
                + "&timestamp=" + NOW.getEpochSecond() + "&url=https://h5.example.com/index.html?machine=M-1"));
    }

    @Test
    void a_refused_app_secret_is_a_dependency_failure() {
        WxJavaJsSdkSigner signer = signer(sandbox.baseUrl(), "a-wrong-secret");

        assertThatThrownBy(() -> signer.sign("https://h5.example.com/"))
                .isInstanceOf(DependencyUnavailableException.class)
                .satisfies(e -> assertThat(((DependencyUnavailableException) e).dependency()).isEqualTo("wechat"));
    }

    @Test
    void wechat_down_is_a_dependency_failure() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        WxJavaJsSdkSigner signer = signer(closed, SECRET);

        assertThatThrownBy(() -> signer.sign("https://h5.example.com/"))
                .isInstanceOf(DependencyUnavailableException.class)
                .satisfies(e -> assertThat(((DependencyUnavailableException) e).dependency()).isEqualTo("wechat"));
    }

    private static WxJavaJsSdkSigner signer(URI host, String secret) {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(APP_ID);
        config.setSecret(secret);
        config.setHostConfig(new WxMpHostConfig(host.toString(), host.toString(), host.toString()));
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        return new WxJavaJsSdkSigner(service, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static String sha1(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(UTF_8)));
    }
}
