package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.bootstrap.CoinopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run as a front-end developer meets it: sandbox sign-in, then every read endpoint shows demo data. */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class LocalRunTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_local_run_test").forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void the_sandbox_signs_in_the_demo_user_who_sees_the_demo_data() throws Exception {
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/sandbox/session")).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(signIn.statusCode()).isEqualTo(200);
        String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("COINOP_SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        String user = send(HttpRequest.newBuilder(uri("/wechat/user")).header("Cookie", cookie)).body();
        assertThat(user).contains("\"nick_name\":\"演示用户 🎮\"", "\"mobile\":\"13800138000\"",
                "\"total_account\":170.00", "\"used_account\":88.10", "\"balance_account\":81.90");

        String recharges = send(HttpRequest.newBuilder(uri("/wechat/recharge/list")).header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))).body();
        assertThat(recharges).contains("\"total\":3");

        String expenses = send(HttpRequest.newBuilder(uri("/wechat/expense/list")).header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))).body();
        assertThat(expenses).contains("\"total\":5", "\"cost_money\":63.00", "\"location\":\"中关村大街 27 号\"");

        String check = send(HttpRequest.newBuilder(uri("/wechat/check")).header("Cookie", cookie)).body();
        assertThat(check).contains("\"result\":\"success\"");
    }

    @Test
    void the_sandbox_refuses_an_unknown_user() throws Exception {
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/sandbox/session?user_id=999999"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(signIn.statusCode()).isEqualTo(404);
        assertThat(signIn.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
