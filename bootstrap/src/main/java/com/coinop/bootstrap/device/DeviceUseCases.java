package com.coinop.bootstrap.device;

import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.device.service.ListDevicesService;
import com.coinop.application.device.service.RegisterDeviceService;
import com.coinop.application.device.service.UpdateDeviceService;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the machine use cases of the operators' API: registering, changing and listing machines. Use
 * cases carry no framework annotation.
 */
@Configuration(proxyBeanMethods = false)
class DeviceUseCases {

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
    ListDevicesUseCase listDevicesUseCase(ListDevicesPort listDevicesPort, UsageSessionPort usageSessionPort) {
        return new ListDevicesService(listDevicesPort, usageSessionPort);
    }
}
