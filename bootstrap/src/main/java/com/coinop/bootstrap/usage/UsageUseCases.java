package com.coinop.bootstrap.usage;

import com.coinop.application.account.port.out.AccountBalancePort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.shared.port.out.ClockPort;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.in.ChargeUsageUseCase;
import com.coinop.application.usage.port.in.EndOverdueSessionsUseCase;
import com.coinop.application.usage.port.in.GetCurrentUsageUseCase;
import com.coinop.application.usage.port.in.ListUnpaidSessionsUseCase;
import com.coinop.application.usage.port.in.MachineHeartbeatUseCase;
import com.coinop.application.usage.port.in.MachineStopUseCase;
import com.coinop.application.usage.port.in.SignJsSdkPageUseCase;
import com.coinop.application.usage.port.in.StartUsageUseCase;
import com.coinop.application.usage.port.in.StopUsageUseCase;
import com.coinop.application.usage.port.out.JsSdkSignerPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.application.usage.service.ChargeUsageService;
import com.coinop.application.usage.service.EndOverdueSessionsService;
import com.coinop.application.usage.service.GetCurrentUsageService;
import com.coinop.application.usage.service.ListUnpaidSessionsService;
import com.coinop.application.usage.service.MachineHeartbeatService;
import com.coinop.application.usage.service.MachineQrCodes;
import com.coinop.application.usage.service.MachineStopService;
import com.coinop.application.usage.service.SignJsSdkPageService;
import com.coinop.application.usage.service.StartUsageService;
import com.coinop.application.usage.service.StopUsageService;
import com.coinop.bootstrap.device.DeviceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the usage use cases: signing the page for the QR-code scanner, starting a machine by its QR code,
 * the session in progress, stopping (from the page or the machine), the machine's heartbeat, ending overdue
 * sessions and charging them, and the operators' list of sessions with an unpaid part. Use cases carry no
 * framework annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsageProperties.class)
class UsageUseCases {

    @Bean
    SignJsSdkPageUseCase signJsSdkPageUseCase(JsSdkSignerPort signer, UsageProperties properties) {
        return new SignJsSdkPageService(signer, properties.jsSdkDebug());
    }

    @Bean
    MachineQrCodes machineQrCodes(UsageProperties properties) {
        return properties.qrCodes();
    }

    @Bean
    StartUsageUseCase startUsageUseCase(LoadUserPort loadUserPort, LoadDevicePort loadDevicePort,
                                        UsageSessionPort usageSessionPort, TransactionPort transactionPort,
                                        ClockPort clock, MachineQrCodes qrCodes) {
        return new StartUsageService(loadUserPort, loadDevicePort, usageSessionPort, transactionPort, clock, qrCodes);
    }

    @Bean
    GetCurrentUsageUseCase getCurrentUsageUseCase(UsageSessionPort usageSessionPort, LoadUserPort loadUserPort,
                                                  ClockPort clock) {
        return new GetCurrentUsageService(usageSessionPort, loadUserPort, clock);
    }

    @Bean
    EndOverdueSessionsUseCase endOverdueSessionsUseCase(UsageSessionPort usageSessionPort,
                                                        AccountBalancePort accountBalancePort,
                                                        ChargeUsageUseCase chargeUsage, TransactionPort transactionPort,
                                                        ClockPort clock, UsageProperties properties,
                                                        DeviceProperties deviceProperties) {
        return new EndOverdueSessionsService(usageSessionPort, accountBalancePort, chargeUsage, transactionPort, clock,
                deviceProperties.silentAfter(), properties.endCheckBatch());
    }

    @Bean
    MachineHeartbeatUseCase machineHeartbeatUseCase(DeviceHeartbeatPort heartbeatPort,
                                                    UsageSessionPort usageSessionPort, LoadUserPort loadUserPort,
                                                    ClockPort clock, DeviceProperties deviceProperties) {
        return new MachineHeartbeatService(heartbeatPort, usageSessionPort, loadUserPort, clock,
                deviceProperties.heartbeatInterval());
    }

    @Bean
    MachineStopUseCase machineStopUseCase(UsageSessionPort usageSessionPort, ChargeUsageUseCase chargeUsage,
                                          ClockPort clock) {
        return new MachineStopService(usageSessionPort, chargeUsage, clock);
    }

    @Bean
    StopUsageUseCase stopUsageUseCase(UsageSessionPort usageSessionPort, ChargeUsageUseCase chargeUsage, ClockPort clock) {
        return new StopUsageService(usageSessionPort, chargeUsage, clock);
    }

    @Bean
    ChargeUsageUseCase chargeUsageUseCase(UsageSessionPort usageSessionPort, AccountBalancePort accountBalancePort,
                                          LoadDevicePort loadDevicePort, TransactionPort transactionPort) {
        return new ChargeUsageService(usageSessionPort, accountBalancePort, loadDevicePort, transactionPort);
    }

    @Bean
    ListUnpaidSessionsUseCase listUnpaidSessionsUseCase(UsageSessionPort usageSessionPort) {
        return new ListUnpaidSessionsService(usageSessionPort);
    }
}
