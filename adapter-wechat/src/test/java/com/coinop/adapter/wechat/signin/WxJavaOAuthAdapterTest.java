package com.coinop.adapter.wechat.signin;

import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.signin.port.out.OAuthCode;
import com.coinop.application.signin.port.out.WechatCodeRejectedException;
import com.coinop.application.signin.port.out.WechatIdentity;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.WechatProfile;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WxJavaOAuthAdapterTest {

    private static final String APP_ID = "wx1234567890abcdef";
    private static final String SECRET = "the-app-secret";
    private static final String CALLBACK = "https://coinop.example/wechat/oauth/callback?redirect=/home";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private WechatSandboxServer sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = WechatSandboxServer.start(0, APP_ID, SECRET, "ticket", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void the_authorization_url_names_the_app_the_encoded_callback_the_scope_and_the_state() {
        String url = adapter("snsapi_userinfo").authorizationUrl(CALLBACK, "state-42");

        assertThat(url).startsWith(sandbox.baseUrl() + "/connect/oauth2/authorize?")
                .contains("appid=" + APP_ID)
                .contains("redirect_uri=" + URLEncoder.encode(CALLBACK, UTF_8).replace("+", "%20"))
                .contains("response_type=code")
                .contains("scope=snsapi_userinfo")
                .contains("state=state-42")
                .endsWith("#wechat_redirect")
                .doesNotContain(SECRET);
    }

    @Test
    void a_userinfo_code_gives_the_openid_nickname_and_avatar() throws Exception {
        OAuthCode code = signIn("snsapi_userinfo", "o-user-1", "小明");

        WechatIdentity identity = adapter("snsapi_userinfo").exchange(code);

        assertThat(identity.openId()).isEqualTo(new OpenId("o-user-1"));
        assertThat(identity.profile()).isEqualTo(new WechatProfile("小明", sandbox.baseUrl() + "/sandbox/avatar/o-user-1"));
        assertThat(sandbox.requestCount("/sns/userinfo")).isEqualTo(1);
    }

    @Test
    void unicode_nicknames_with_emoji_and_quotes_round_trip() throws Exception {
        String nickName = "王小二 🐼 \"阿二\"";
        OAuthCode code = signIn("snsapi_userinfo", "o-user-2", nickName);

        assertThat(adapter("snsapi_userinfo").exchange(code).profile().nickName()).isEqualTo(nickName);
    }

    @Test
    void a_base_code_gives_the_openid_only_without_a_userinfo_call() throws Exception {
        OAuthCode code = signIn("snsapi_base", "o-user-3", "ignored");

        WechatIdentity identity = adapter("snsapi_base").exchange(code);

        assertThat(identity).isEqualTo(new WechatIdentity(new OpenId("o-user-3"), WechatProfile.NONE));
        assertThat(sandbox.requestCount("/sns/userinfo")).isZero();
    }

    @Test
    void a_reused_code_is_rejected_with_40163() throws Exception {
        WxJavaOAuthAdapter adapter = adapter("snsapi_userinfo");
        OAuthCode code = signIn("snsapi_userinfo", "o-user-4", "n");
        adapter.exchange(code);

        assertThatThrownBy(() -> adapter.exchange(code))
                .isInstanceOf(WechatCodeRejectedException.class)
                .hasMessageContaining("40163");
    }

    @Test
    void an_unknown_code_is_rejected_with_40029() {
        assertThatThrownBy(() -> adapter("snsapi_userinfo").exchange(new OAuthCode("no-such-code")))
                .isInstanceOf(WechatCodeRejectedException.class)
                .hasMessageContaining("40029");
    }

    @Test
    void a_code_older_than_five_minutes_is_rejected_but_one_just_younger_is_not() throws Exception {
        WxJavaOAuthAdapter adapter = adapter("snsapi_base");
        OAuthCode young = signIn("snsapi_base", "o-user-5", "n");
        sandbox.advanceClock(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(adapter.exchange(young).openId()).isEqualTo(new OpenId("o-user-5"));

        OAuthCode old = signIn("snsapi_base", "o-user-5", "n");
        sandbox.advanceClock(Duration.ofMinutes(5));

        assertThatThrownBy(() -> adapter.exchange(old))
                .isInstanceOf(WechatCodeRejectedException.class)
                .hasMessageContaining("40029");
    }

    @Test
    void a_wrong_secret_is_wechat_trouble_not_the_users_code() throws Exception {
        OAuthCode code = signIn("snsapi_base", "o-user-6", "n");
        WxJavaOAuthAdapter adapter = new WxJavaOAuthAdapter(service(APP_ID, "wrong-secret", sandbox.baseUrl()), "snsapi_base");

        assertThatThrownBy(() -> adapter.exchange(code))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessageNotContaining("wrong-secret")
                .satisfies(e -> assertThat(((DependencyUnavailableException) e).dependency()).isEqualTo("wechat"))
                .cause().hasMessageContaining("40125");
    }

    @Test
    void wechat_down_is_a_dependency_failure() throws Exception {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        WxJavaOAuthAdapter adapter = new WxJavaOAuthAdapter(service(APP_ID, SECRET, closed), "snsapi_userinfo");

        assertThatThrownBy(() -> adapter.exchange(new OAuthCode("any-code")))
                .isInstanceOf(DependencyUnavailableException.class)
                .satisfies(e -> assertThat(((DependencyUnavailableException) e).dependency()).isEqualTo("wechat"));
    }

    /** Goes through the sandbox's authorize endpoint as the browser would, and returns the code it hands back. */
    private OAuthCode signIn(String scope, String openId, String nickName) throws Exception {
        String url = adapter(scope).authorizationUrl(CALLBACK, "s1");
        String skipPage = url.replace("#wechat_redirect", "") + "&sandbox_openid=" + URLEncoder.encode(openId, UTF_8)
                + "&sandbox_nickname=" + URLEncoder.encode(nickName, UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(skipPage)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        return new OAuthCode(URLDecoder.decode(code, UTF_8));
    }

    private WxJavaOAuthAdapter adapter(String scope) {
        return new WxJavaOAuthAdapter(service(APP_ID, SECRET, sandbox.baseUrl()), scope);
    }

    private static WxMpServiceImpl service(String appId, String secret, URI host) {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(appId);
        config.setSecret(secret);
        config.setHostConfig(new WxMpHostConfig(host.toString(), host.toString(), host.toString()));
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        return service;
    }
}
