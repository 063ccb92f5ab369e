package com.coinop.localrun;

import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.recharge.port.in.CreditPaidRechargeCommand;
import com.coinop.application.recharge.port.in.CreditPaidRechargeUseCase;
import com.coinop.application.recharge.port.out.RechargeOrderPort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.usage.port.in.ChargeUsageCommand;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.WechatProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Demo data for the local run, made through the real use cases so the books balance: a demo user
 * with recharges (credited as WeChat Pay would) and ended sessions on three machines (charged).
 */
class LocalDemoData {

    static final OpenId DEMO_OPENID = new OpenId("o-sandbox-demo-user");
    static final String DEMO_NICK_NAME = "演示用户 🎮";
    static final String DEMO_MOBILE = "13800138000";
    /** The three demo machines, at 0.50, 0.80 and 1.00 a minute. */
    static final List<DeviceId> DEMO_MACHINES = List.of(new DeviceId(1001), new DeviceId(1002), new DeviceId(1003));
    private static final Logger log = LoggerFactory.getLogger(LocalDemoData.class);

    private final LoadUserPort loadUserPort;
    private final SaveUserPort saveUserPort;
    private final SaveDevicePort saveDevicePort;
    private final DeviceCredentialsPort credentialsPort;
    private final RechargeOrderPort rechargeOrderPort;
    private final UsageSessionPort usageSessionPort;
    private final CreditPaidRechargeUseCase creditPaidRecharge;
    private final ChargeUsageUseCase chargeUsage;
    private final ClockPort clock;

    LocalDemoData(LoadUserPort loadUserPort, SaveUserPort saveUserPort, SaveDevicePort saveDevicePort,
                  DeviceCredentialsPort credentialsPort, RechargeOrderPort rechargeOrderPort, UsageSessionPort usageSessionPort,
                  CreditPaidRechargeUseCase creditPaidRecharge, ChargeUsageUseCase chargeUsage, ClockPort clock) {
        this.loadUserPort = loadUserPort;
        this.saveUserPort = saveUserPort;
        this.saveDevicePort = saveDevicePort;
        this.credentialsPort = credentialsPort;
        this.rechargeOrderPort = rechargeOrderPort;
        this.usageSessionPort = usageSessionPort;
        this.creditPaidRecharge = creditPaidRecharge;
        this.chargeUsage = chargeUsage;
        this.clock = clock;
    }

    // synchronous on purpose: Spring Boot turns the application ready (and /health ok) only after every
    // ApplicationReadyEvent listener has returned, so nobody meets a half-loaded demo
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (loadUserPort.findByOpenId(DEMO_OPENID).isPresent()) {
            return;
        }
        LocalDateTime now = clock.now().withNano(0);
        User demo = saveUserPort.insert(User.register(DEMO_OPENID,
                new WechatProfile(DEMO_NICK_NAME, "https://thirdwx.qlogo.cn/mmopen/demo/132"), new Mobile(DEMO_MOBILE),
                now.minusDays(30)));
        List<Device> devices = List.of(
                new Device(DEMO_MACHINES.get(0), new DeviceLocation("广东省", "深圳市", "南山区", "科技园 A 座 1 楼"), Money.ofFen(50), true),
                new Device(DEMO_MACHINES.get(1), new DeviceLocation("广东省", "深圳市", "福田区", "会展中心 B 馆"), Money.ofFen(80), true),
                new Device(DEMO_MACHINES.get(2), new DeviceLocation("北京市", "北京市", "海淀区", "中关村大街 27 号"), Money.ofYuan(1), true));
        devices.forEach(saveDevicePort::save);
        devices.forEach(device -> credentialsPort.saveSecret(device.id(), demoSecret(device.id())));

        int[] rechargeYuan = {50, 20, 100};
        for (int i = 0; i < rechargeYuan.length; i++) {
            LocalDateTime createdAt = now.minusDays(20 - i * 7L);
            RechargeOrder order = rechargeOrderPort.insert(RechargeOrder.create(demo.id(),
                    new OutTradeNo("DEMO" + demo.id().value() + "R" + i), Money.ofYuan(rechargeYuan[i]), createdAt,
                    Duration.ofHours(2)), createdAt.plusMinutes(5));
            creditPaidRecharge.credit(new CreditPaidRechargeCommand(order.outTradeNo(),
                    new TransactionId("42000DEMO" + demo.id().value() + "0" + i), order.amount(), createdAt.plusMinutes(1)));
        }
        long[] usageSeconds = {45, 600, 3725, 1800, 61};
        for (int i = 0; i < usageSeconds.length; i++) {
            Device device = devices.get(i % devices.size());
            LocalDateTime startedAt = now.minusDays(18 - i * 3L);
            Money balance = loadUserPort.findById(demo.id()).orElseThrow().account().balance();
            UsageSession started = usageSessionPort.insert(UsageSession.start(demo.id(), device, balance, startedAt));
            chargeUsage.charge(new ChargeUsageCommand(started.id(), startedAt.plusSeconds(usageSeconds[i]),
                    i % 2 == 0 ? UsageEndReason.USER : UsageEndReason.MACHINE));
        }
        log.info("Demo data: user {} (openid {}, mobile {}) with 3 recharges and 5 expenses",
                demo.id().value(), DEMO_OPENID.value(), DEMO_MOBILE);
    }

    /**
     * A demo machine's secret: hex of SHA-256 of {@code coinop-demo-machine-<id>}, which {@code bin/machine-sim}
     * computes the same way. Local only: a real machine's secret is random and shown once.
     */
    static DeviceSecret demoSecret(DeviceId id) {
        try {
            return new DeviceSecret(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("coinop-demo-machine-" + id.value()).getBytes(StandardCharsets.US_ASCII))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
