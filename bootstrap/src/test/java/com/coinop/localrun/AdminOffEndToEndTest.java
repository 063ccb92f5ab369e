package com.coinop.localrun;

import com.coinop.adapter.persistence.testing.TestInfrastructure;
import com.coinop.bootstrap.CoinopApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code coinop.admin.token} the operators' API is off: its routes answer over HTTP exactly as unknown ones. */
@SpringBootTest(classes = {CoinopApplication.class, LocalSandboxConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"coinop.admin.token=", AdminEndToEndTest.SMALL_POOL})
@ActiveProfiles("local")
// closed after the class: each cached context keeps its connections, and a MariaDB allows 151 by default
@DirtiesContext
class AdminOffEndToEndTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().applicationProperties("coinop_admin_off_test").forEach((name, value) -> registry.add(name, () -> value));
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String seen(String method, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer 0123456789abcdef0123456789abcdef").build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body() + " " + response.headers().firstValue("WWW-Authenticate")
                .orElse("-") + " " + response.headers().firstValue("Allow").orElse("-");
    }

    @Test
    void every_admin_route_is_404_as_an_unknown_route_is() throws Exception {
        String unknownGet = seen("GET", "/no/such/route");

        assertThat(unknownGet).startsWith("404 ").contains("NOT_FOUND");
        assertThat(seen("GET", "/admin/devices")).isEqualTo(unknownGet);
        assertThat(seen("GET", "/admin/users")).isEqualTo(unknownGet);
        assertThat(seen("GET", "/admin/sessions/unpaid")).isEqualTo(unknownGet);
        assertThat(seen("POST", "/admin/devices")).isEqualTo(seen("POST", "/no/such/route"));
        assertThat(seen("POST", "/admin/users/1/disable")).isEqualTo(seen("POST", "/no/such/route"));
        assertThat(seen("PATCH", "/admin/devices/1001")).isEqualTo(seen("PATCH", "/no/such/route"));
    }
}
