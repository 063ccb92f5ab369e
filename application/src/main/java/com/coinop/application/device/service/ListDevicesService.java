package com.coinop.application.device.service;

import com.coinop.application.device.port.in.DeviceOverview;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.usage.UsageSession;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of machines and, in a second and third read, the sessions in progress on them and their last
 * heartbeats: a list for looking at, so a session that starts or ends between the reads may show either way.
 */
public class ListDevicesService implements ListDevicesUseCase {

    private final ListDevicesPort listDevicesPort;
    private final UsageSessionPort usageSessionPort;
    private final DeviceHeartbeatPort heartbeatPort;

    public ListDevicesService(ListDevicesPort listDevicesPort, UsageSessionPort usageSessionPort,
                              DeviceHeartbeatPort heartbeatPort) {
        this.listDevicesPort = listDevicesPort;
        this.usageSessionPort = usageSessionPort;
        this.heartbeatPort = heartbeatPort;
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
        Map<DeviceId, LocalDateTime> heartbeats = devices.isEmpty() ? Map.of()
                : heartbeatPort.lastHeartbeats(devices.stream().map(Device::id).toList());
        return new Paged<>(total, devices.stream()
                .map(device -> new DeviceOverview(device, Optional.ofNullable(inUse.get(device.id())),
                        Optional.ofNullable(heartbeats.get(device.id()))))
                .toList());
    }
}
