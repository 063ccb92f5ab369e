package com.coinop.application.device.service;

import com.coinop.application.device.port.in.DeviceOverview;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class ListDevicesServiceTest {

    private final ListDevicesPort listDevicesPort = mock(ListDevicesPort.class);
    private final UsageSessionPort usageSessionPort = mock(UsageSessionPort.class);
    private final DeviceHeartbeatPort heartbeatPort = mock(DeviceHeartbeatPort.class);
    private final ListDevicesService service = new ListDevicesService(listDevicesPort, usageSessionPort, heartbeatPort);

    @Test
    void each_machine_of_the_page_comes_with_the_session_in_progress_on_it_and_its_last_heartbeat() {
        Device free = TestDevices.device().withId(1001).build();
        Device busy = TestDevices.device().withId(1002).build();
        UsageSession running = TestUsage.on(busy).by(new UserId(7)).startedAt(LocalDateTime.of(2026, 11, 28, 20, 0, 0))
                .buildStored(31);
        when(listDevicesPort.countDevices()).thenReturn(12L);
        when(listDevicesPort.findDevices(10, 10)).thenReturn(List.of(free, busy));
        when(usageSessionPort.findActiveOnDevices(List.of(free.id(), busy.id()))).thenReturn(List.of(running));
        LocalDateTime beat = LocalDateTime.of(2026, 11, 28, 20, 3, 30);
        when(heartbeatPort.lastHeartbeats(List.of(free.id(), busy.id()))).thenReturn(Map.of(busy.id(), beat));

        Paged<DeviceOverview> page = service.listDevices(new PageQuery(2, 10));

        assertThat(page).isEqualTo(new Paged<>(12, List.of(new DeviceOverview(free, Optional.empty(), Optional.empty()),
                new DeviceOverview(busy, Optional.of(running), Optional.of(beat)))));
    }

    @Test
    void a_page_past_the_end_reads_no_machine() {
        when(listDevicesPort.countDevices()).thenReturn(3L);

        assertThat(service.listDevices(new PageQuery(2, 3))).isEqualTo(new Paged<>(3, List.of()));
        verify(listDevicesPort).countDevices();
        verifyNoInteractions(usageSessionPort, heartbeatPort);
    }
}
