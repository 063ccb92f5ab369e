package com.coinop.application.device.service;

import com.coinop.application.device.port.in.DeviceOverview;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.usage.UsageSession;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of machines and, in a second read, the sessions in progress on them: a list for looking at, so a
 * session that starts or ends between the two reads may show either way.
 */
public class ListDevicesService implements ListDevicesUseCase {

    private final ListDevicesPort listDevicesPort;
    private final UsageSessionPort usageSessionPort;

    public ListDevicesService(ListDevicesPort listDevicesPort, UsageSessionPort usageSessionPort) {
        this.listDevicesPort = listDevicesPort;
        this.usageSessionPort = usageSessionPort;
    }

    @Override
    public Paged<DeviceOverview> listDevices(PageQuery query) {
        long total = listDevicesPort.countDevices();
        if (!query.reaches(total)) {
            return new Paged<>(total, List.of());
        }
        List<Device> devices = listDevicesPort.findDevices(query.offset(), query.size());
        Map<DeviceId, UsageSession> inUse = devices.isEmpty() ? Map.of()
                : usageSessionPort.findActiveOnDevices(devices.stream().map(Device::id).toList()).stream()
                        .collect(Collectors.toMap(UsageSession::deviceId, Function.identity()));
        return new Paged<>(total, devices.stream()
                .map(device -> new DeviceOverview(device, Optional.ofNullable(inUse.get(device.id()))))
                .toList());
    }
}
