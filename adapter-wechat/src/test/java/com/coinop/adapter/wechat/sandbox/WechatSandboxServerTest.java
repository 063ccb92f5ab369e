package com.coinop.adapter.wechat.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WechatSandboxServerTest {

    private static final String AUTHORIZE = "/connect/oauth2/authorize?appid=wxapp&redirect_uri=https%3A%2F%2Fh5.example%2Fcb%3Fx%3D1"
            + "&response_type=code&scope=snsapi_userinfo&state=st%26ate";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private WechatSandboxServer sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = WechatSandboxServer.start(0, "wxapp", "secret", "the-jsapi-ticket", Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void the_authorize_page_is_a_form_carrying_the_request_on() throws Exception {
        HttpResponse<String> page = get(AUTHORIZE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<form", "name=\"sandbox_openid\"", "name=\"sandbox_nickname\"",
                "value=\"https://h5.example/cb?x=1\"", "value=\"st&amp;ate\"");
    }

    @Test
    void the_skip_page_parameters_redirect_straight_back_with_code_and_state() throws Exception {
        HttpResponse<String> answer = get(AUTHORIZE + "&sandbox_openid=o-1&sandbox_nickname=n");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).matches("https://h5\\.example/cb\\?x=1&code=[0-9a-f]{32}&state=st%26ate"));
    }

    @Test
    void a_wrong_appid_gets_an_error_page_not_a_code() throws Exception {
        HttpResponse<String> answer = get(AUTHORIZE.replace("appid=wxapp", "appid=other") + "&sandbox_openid=o-1");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void the_code_exchange_checks_the_app_credentials_like_wechat() throws Exception {
        assertThat(get("/sns/oauth2/access_token?appid=other&secret=secret&code=c&grant_type=authorization_code").body())
                .startsWith("{\"errcode\":40013,\"errmsg\":\"invalid appid");
        assertThat(get("/sns/oauth2/access_token?appid=wxapp&secret=nope&code=c&grant_type=authorization_code").body())
                .startsWith("{\"errcode\":40125,\"errmsg\":\"invalid appsecret");
        assertThat(get("/sns/oauth2/access_token?appid=wxapp&secret=secret&code=c&grant_type=authorization_code").body())
                .startsWith("{\"errcode\":40029,\"errmsg\":\"invalid code");
    }

    @Test
    void the_app_access_token_opens_the_configured_jsapi_ticket() throws Exception {
        assertThat(get("/cgi-bin/token?grant_type=client_credential&appid=wxapp&secret=nope").body())
                .startsWith("{\"errcode\":40125");
        String token = get("/cgi-bin/token?grant_type=client_credential&appid=wxapp&secret=secret").body()
                .replaceAll(".*\"access_token\":\"([0-9a-f]+)\".*", "$1");

        assertThat(get("/cgi-bin/ticket/getticket?access_token=" + token + "&type=jsapi").body())
                .isEqualTo("{\"errcode\":0,\"errmsg\":\"ok\",\"ticket\":\"the-jsapi-ticket\",\"expires_in\":7200}");
        assertThat(get("/cgi-bin/ticket/getticket?access_token=forged&type=jsapi").body()).startsWith("{\"errcode\":40001");
    }

    @Test
    void it_listens_on_the_loopback_address_only() {
        // the bound socket, not the URL the sandbox prints: a server bound to 0.0.0.0 would still print 127.0.0.1
        assertThat(sandbox.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(sandbox.address().getAddress().isAnyLocalAddress()).isFalse();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
