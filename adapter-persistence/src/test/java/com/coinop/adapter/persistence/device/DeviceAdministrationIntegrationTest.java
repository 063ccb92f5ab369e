package com.coinop.adapter.persistence.device;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently.Outcome;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.device.port.in.DeviceChange;
import com.coinop.application.device.port.in.DeviceOverview;
import com.coinop.application.device.port.in.RegisterDeviceCommand;
import com.coinop.application.device.port.in.UpdateDeviceCommand;
import com.coinop.application.device.port.out.DeviceCredentialsPort;
import com.coinop.application.device.port.out.DeviceHeartbeatPort;
import com.coinop.application.device.port.out.ListDevicesPort;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.device.service.ListDevicesService;
import com.coinop.application.device.service.RegisterDeviceService;
import com.coinop.application.device.service.RotateDeviceSecretService;
import com.coinop.application.device.service.UpdateDeviceService;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.application.shared.port.out.TransactionPort;
import com.coinop.application.usage.port.out.UsageSessionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registering, changing and listing machines as operators do, with the use cases over these adapters and
 * the real database: one id registered once however many operators try at once, two changes of one
 * machine at once both kept, the list showing whose session runs where.
 */
class DeviceAdministrationIntegrationTest extends PersistenceIntegrationTest {

    private static final AtomicLong IDS = new AtomicLong(500_000_000_000L);

    @Autowired
    private SaveDevicePort saveDevicePort;

    @Autowired
    private LoadDevicePort loadDevicePort;

    @Autowired
    private ListDevicesPort listDevicesPort;

    @Autowired
    private UsageSessionPort usageSessionPort;

    @Autowired
    private TransactionPort transactionPort;

    private RegisterDeviceService register;
    private UpdateDeviceService update;
    private ListDevicesService list;
    private RotateDeviceSecretService rotate;

    @Autowired
    private DeviceHeartbeatPort heartbeatPort;

    @Autowired
    private DeviceCredentialsPort credentialsPort;

    @BeforeEach
    void services() {
        register = new RegisterDeviceService(saveDevicePort);
        update = new UpdateDeviceService(loadDevicePort, saveDevicePort, transactionPort);
        list = new ListDevicesService(listDevicesPort, usageSessionPort, heartbeatPort);
        rotate = new RotateDeviceSecretService(credentialsPort);
    }

    @Test
    void of_registrations_of_one_id_at_once_one_stores_the_machine() {
        long id = IDS.incrementAndGet();
        List<Outcome<Device>> outcomes = Concurrently.run(6, i -> () -> register.register(RegisterDeviceCommand.of(id,
                "广东省", "深圳市", "南山区", "第 " + i + " 台", Money.ofFen(50 + i), true)));

        assertThat(outcomes).filteredOn(o -> !o.failed()).singleElement()
                .satisfies(won -> assertThat(loadDevicePort.findById(new DeviceId(id))).contains(won.value()));
        assertThat(outcomes).filteredOn(Outcome::failed).hasSize(5).allSatisfy(o -> assertThat(o.failure())
                .isInstanceOfSatisfying(IllegalStateTransitionException.class,
                        e -> assertThat(e.code()).isEqualTo("DEVICE_ALREADY_EXISTS")));
    }

    @Test
    void two_changes_of_one_machine_at_once_keep_both() {
        for (int round = 0; round < 5; round++) {
            Device device = register.register(RegisterDeviceCommand.of(IDS.incrementAndGet(), "广东省", "深圳市", "南山区",
                    "科技园", Money.ofFen(50), true));
            List<Callable<DeviceChange>> changes = List.of(
                    () -> update.update(new UpdateDeviceCommand(device.id(), null, null, null, null, Money.ofFen(120), null)),
                    () -> update.update(new UpdateDeviceCommand(device.id(), null, null, null, "科技园 2 楼", null, false)));

            assertThat(Concurrently.run(changes.size(), changes::get)).noneMatch(Outcome::failed);

            assertThat(loadDevicePort.findById(device.id())).contains(new Device(device.id(),
                    new DeviceLocation("广东省", "深圳市", "南山区", "科技园 2 楼"), Money.ofFen(120), false));
        }
    }

    @Test
    void the_list_shows_whose_session_runs_on_which_machine_and_when_each_last_sent_a_heartbeat() {
        Device busy = fixtures.device(TestDevices.device().withId(DeviceId.MAX_PRINTED - 20));
        Device free = fixtures.device(TestDevices.device().withId(DeviceId.MAX_PRINTED - 19));
        User user = fixtures.user();
        UsageSession running = fixtures.startedSession(user.id(), busy, LocalDateTime.of(2026, 11, 3, 20, 0, 0));
        LocalDateTime beat = LocalDateTime.of(2026, 11, 3, 20, 1, 30);
        heartbeatPort.recordHeartbeat(busy.id(), beat);
        long total = listDevicesPort.countDevices();

        // every page, since other tests' machines share the database
        Paged<DeviceOverview> page = list.listDevices(new PageQuery(1, 100));
        assertThat(page.total()).isEqualTo(total);
        long pages = (total + 99) / 100;
        List<DeviceOverview> all = LongStream.rangeClosed(1, pages)
                .mapToObj(p -> list.listDevices(new PageQuery((int) p, 100)).items())
                .flatMap(List::stream).toList();
        assertThat(all).hasSize((int) total);
        assertThat(all).contains(new DeviceOverview(busy, Optional.of(running), Optional.of(beat)),
                new DeviceOverview(free, Optional.empty(), Optional.empty()));
        assertThat(all).extracting(overview -> overview.device().id().value()).isSorted();
    }

    @Test
    void a_new_secret_is_stored_for_the_machine_and_an_unknown_machine_gets_none() {
        Device device = fixtures.device();

        DeviceSecret first = rotate.rotate(device.id());
        DeviceSecret second = rotate.rotate(device.id());

        assertThat(second).isNotEqualTo(first);
        assertThat(credentialsPort.findCredentials(device.id())).hasValueSatisfying(
                credentials -> assertThat(credentials.secret()).contains(second));
        assertThatThrownBy(() -> rotate.rotate(new DeviceId(DeviceId.MAX_PRINTED - 1)))
                .isInstanceOf(DeviceNotFoundException.class);
    }
}
