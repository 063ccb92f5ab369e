package com.coinop.localrun;

import com.coinop.adapter.wechat.sandbox.WechatSandboxServer;
import com.coinop.application.usage.service.MachineQrCodes;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The last thing the local run prints, once it is ready (demo data loaded): where it runs, the demo user
 * and how to sign in as it, where the WeChat sandbox and its bridge script are, the demo machines' QR
 * codes, the operators' API and its token, where SMS codes appear, where the embedded servers log, how
 * to stop.
 */
final class LocalRunBanner implements ApplicationListener<AvailabilityChangeEvent<?>> {

    private final Path embeddedServersLog;

    LocalRunBanner(Path embeddedServersLog) {
        this.embeddedServersLog = embeddedServersLog;
    }

    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC
                && event.getSource() instanceof WebServerApplicationContext context) {
            WechatSandboxServer sandbox = context.getBeanProvider(WechatSandboxServer.class).getIfAvailable();
            MachineQrCodes qrCodes = context.getBean(MachineQrCodes.class);
            List<String> machines = LocalDemoData.DEMO_MACHINES.stream().map(qrCodes::of).toList();
            System.out.println(text(context.getWebServer().getPort(), sandbox == null ? null : sandbox.baseUrl(),
                    machines, adminToken(context.getEnvironment().getProperty("coinop.admin.token")),
                    embeddedServersLog.toAbsolutePath()));
        }
    }

    /**
     * What the banner shows of the admin token in effect: the local run's own, or a stand-in for one
     * somebody set (a real token is never printed); null when the admin API is off.
     */
    static String adminToken(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        return configured.strip().equals(LocalCoinopApplication.LOCAL_ADMIN_TOKEN) ? LocalCoinopApplication.LOCAL_ADMIN_TOKEN
                : "<the token you set; not printed>";
    }

    /**
     * The banner; {@code sandbox} is null when the WeChat sandbox is switched off; {@code machineQrCodes} are
     * the demo machines' QR codes; {@code adminToken} what to show of the admin token, null when the admin
     * API is off.
     */
    static String text(int port, URI sandbox, List<String> machineQrCodes, String adminToken, Path embeddedServersLog) {
        String url = "http://localhost:" + port;
        String wechat = sandbox == null ? "" : """
                 WeChat       the sandbox at %1$s (a fixed port: --coinop.wechat.sandbox.port=<port>); an H5 page
                              loads %1$s/sandbox/pay/bridge.js before its own scripts to pay in a desktop browser
                """.formatted(sandbox);
        String admin = adminToken == null ? """
                 Operators    the admin API is off (coinop.admin.token is empty)
                """ : """
                 Operators    %1$s/admin/devices, /admin/users, /admin/sessions/unpaid with the header
                              Authorization: Bearer %2$s
                """.formatted(url, adminToken);
        return """

                ==================================================================================================
                 coinop runs locally at %1$s
                 Demo user    WeChat openid %2$s, mobile %3$s: 3 recharges, 5 expenses
                 Sign in      open %1$s/wechat/oauth/authorize?redirect=%1$s/wechat/user in a browser,
                              type the openid %2$s on the WeChat sandbox's page and agree
                %5$s Machines     QR codes %6$s:
                              POST %1$s/wechat/device/start {"qr": "<one of them>"}; be the machine with
                              COINOP_URL=%1$s bin/machine-sim 1002 run   (heartbeat, stop [SESSION])
                              their secrets (machine-sim knows them): %7$s
                %8$s SMS codes    on this console ([sms outbox] <mobile> → <code>) and at %1$s/sandbox/sms?mobile=<mobile>
                 Server logs  embedded MariaDB and Redis: %4$s
                 Stop         Ctrl+C
                ==================================================================================================
                """.formatted(url, LocalDemoData.DEMO_OPENID.value(), LocalDemoData.DEMO_MOBILE, embeddedServersLog, wechat,
                String.join(", ", machineQrCodes), LocalDemoData.DEMO_MACHINES.stream()
                        .map(id -> id.value() + " " + LocalDemoData.demoSecret(id).value().substring(0, 12) + "…")
                        .collect(Collectors.joining(", ")), admin);
    }
}
