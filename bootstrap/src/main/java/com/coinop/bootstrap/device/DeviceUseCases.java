package com.coinop.bootstrap.device;

import com.coinop.application.device.port.in.AuthenticateDeviceUseCase;
import com.coinop.application.device.port.in.DeviceMessageLogUseCase;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.in.RotateDeviceSecretUseCase;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.DeviceMessageLogPort;
import com.coinop.application.device.port.out.DeviceNoncePort;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.device.service.AuthenticateDeviceService;
import com.coinop.application.device.service.DeviceMessageLogService;
import com.coinop.application.device.service.ListDevicesService;
import com.coinop.application.device.service.RegisterDeviceService;
import com.coinop.application.device.service.RotateDeviceSecretService;
import com.coinop.application.device.service.UpdateDeviceService;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Builds the machine use cases: the machines' own API (checking a signed request, answering a message once)
 * and the operators' (registering, changing and listing machines, issuing a machine's secret). Use cases carry no framework annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeviceProperties.class)
class DeviceUseCases {

    @Bean
    AuthenticateDeviceUseCase authenticateDeviceUseCase(DeviceCredentialsPort credentialsPort,
                                                        DeviceNoncePort noncePort, Clock clock,
                                                        DeviceProperties properties) {
        return new AuthenticateDeviceService(credentialsPort, noncePort, clock, properties.clockSkew());
    }

    @Bean
    DeviceMessageLogUseCase deviceMessageLogUseCase(DeviceMessageLogPort logPort, DeviceProperties properties) {
        return new DeviceMessageLogService(logPort, properties.messageLifetime());
    }

    @Bean
    RegisterDeviceUseCase registerDeviceUseCase(SaveDevicePort saveDevicePort) {
        return new RegisterDeviceService(saveDevicePort);
    }

    @Bean
    UpdateDeviceUseCase updateDeviceUseCase(LoadDevicePort loadDevicePort, SaveDevicePort saveDevicePort,
                                            TransactionPort transactionPort) {
        return new UpdateDeviceService(loadDevicePort, saveDevicePort, transactionPort);
    }

    @Bean
    ListDevicesUseCase listDevicesUseCase(ListDevicesPort listDevicesPort, UsageSessionPort usageSessionPort,
                                          DeviceHeartbeatPort heartbeatPort) {
        return new ListDevicesService(listDevicesPort, usageSessionPort, heartbeatPort);
    }

    @Bean
    RotateDeviceSecretUseCase rotateDeviceSecretUseCase(DeviceCredentialsPort credentialsPort) {
        return new RotateDeviceSecretService(credentialsPort);
    }
}
