package com.coinop.localrun;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRunBannerTest {

    private static final List<String> QR_CODES = List.of("http://localhost:5173/?machine=1001",
            "http://localhost:5173/?machine=1002");

    @Test
    void the_banner_says_where_the_wechat_sandbox_and_its_bridge_script_are() {
        String banner = LocalRunBanner.text(9090, URI.create("http://127.0.0.1:40123"), QR_CODES, LocalCoinopApplication.LOCAL_ADMIN_TOKEN, Path.of("/tmp/servers.log"));

        assertThat(banner).contains("coinop runs locally at http://localhost:9090",
                "the sandbox at http://127.0.0.1:40123", "http://127.0.0.1:40123/sandbox/pay/bridge.js",
                "--coinop.wechat.sandbox.port=");
        assertThat(banner.lines().filter(line -> line.startsWith(" WeChat ") || line.startsWith(" SMS codes "))).hasSize(2);
    }

    @Test
    void without_the_sandbox_the_banner_has_no_wechat_line() {
        String banner = LocalRunBanner.text(9090, null, QR_CODES, LocalCoinopApplication.LOCAL_ADMIN_TOKEN, Path.of("/tmp/servers.log"));

        assertThat(banner).doesNotContain("sandbox at", "bridge.js").contains(" SMS codes ");
    }

    @Test
    void the_banner_names_the_demo_machines_qr_codes_and_how_to_start_one() {
        String banner = LocalRunBanner.text(9090, null, QR_CODES, LocalCoinopApplication.LOCAL_ADMIN_TOKEN, Path.of("/tmp/servers.log"));

        assertThat(banner).contains(" Machines     QR codes http://localhost:5173/?machine=1001, http://localhost:5173/?machine=1002",
                "POST http://localhost:9090/wechat/device/start {\"qr\": \"<one of them>\"}",
                "COINOP_URL=http://localhost:9090 bin/machine-sim 1002 run", "1002 031cb9850e73…");
    }

    @Test
    void a_demo_machines_secret_is_what_machine_sim_computes_with_sha256sum() {
        // printf 'coinop-demo-machine-1002' | sha256sum
        assertThat(LocalDemoData.demoSecret(LocalDemoData.DEMO_MACHINES.get(1)).value())
                .isEqualTo("031cb9850e736ba535b33e2d52d2bacabd40936a89fd8fd06782184956f9ed82");
    }

    @Test
    void the_banner_prints_the_local_admin_token_and_how_to_send_it() {
        String banner = LocalRunBanner.text(9090, null, QR_CODES,
                LocalRunBanner.adminToken(LocalCoinopApplication.LOCAL_ADMIN_TOKEN), Path.of("/tmp/servers.log"));

        assertThat(banner).contains(" Operators    http://localhost:9090/admin/devices",
                "Authorization: Bearer coinop-local-admin-token-not-a-secret");
    }

    @Test
    void a_token_somebody_set_is_not_printed_and_without_one_the_banner_says_the_admin_api_is_off() {
        String own = "a-real-token-of-somebody-0123456789abcdef";

        assertThat(LocalRunBanner.text(9090, null, QR_CODES, LocalRunBanner.adminToken(own), Path.of("/tmp/s.log")))
                .doesNotContain(own).contains("<the token you set; not printed>");
        assertThat(LocalRunBanner.text(9090, null, QR_CODES, LocalRunBanner.adminToken(" "), Path.of("/tmp/s.log")))
                .contains(" Operators    the admin API is off").doesNotContain("Bearer");
    }
}
