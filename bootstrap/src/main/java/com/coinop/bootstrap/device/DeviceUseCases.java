package com.coinop.bootstrap.device;

import com.coinop.application.device.port.in.AuthenticateDeviceUseCase;
import com.coinop.application.device.port.in.DeviceMessageLogUseCase;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.DeviceMessageLogPort;
import com.coinop.application.device.port.out.DeviceNoncePort;
import com.coinop.application.device.service.AuthenticateDeviceService;
import com.coinop.application.device.service.DeviceMessageLogService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Builds the use cases of the machines' own API: checking a signed request, answering a message once. */
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
}
