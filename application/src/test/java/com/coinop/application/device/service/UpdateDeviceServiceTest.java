package com.coinop.application.device.service;

import com.coinop.application.device.port.in.DeviceChange;
import com.coinop.application.device.port.in.UpdateDeviceCommand;
import com.coinop.application.device.port.out.LoadDevicePort;
import com.coinop.application.device.port.out.SaveDevicePort;
import com.coinop.application.shared.port.out.RecordingTransactionPort;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class UpdateDeviceServiceTest {

    private static final DeviceId ID = new DeviceId(1002);
    private static final DeviceLocation WHERE = new DeviceLocation("广东省", "深圳市", "福田区", "会展中心 B 馆");
    private static final Device STORED = new Device(ID, WHERE, Money.ofFen(80), true);

    private final LoadDevicePort loadDevicePort = mock(LoadDevicePort.class);
    private final SaveDevicePort saveDevicePort = mock(SaveDevicePort.class);
    private final RecordingTransactionPort transactions = new RecordingTransactionPort();
    private final UpdateDeviceService service = new UpdateDeviceService(loadDevicePort, saveDevicePort, transactions);

    @Test
    void the_values_given_replace_the_stored_ones_read_under_the_machines_lock_and_the_rest_stay() {
        when(loadDevicePort.lockById(ID)).thenAnswer(transactions.insideTransaction(Optional.of(STORED)));
        doAnswer(transactions.insideTransaction(null)).when(saveDevicePort).update(any());

        DeviceChange change = service.update(new UpdateDeviceCommand(ID, null, null, null, " 会展中心 C 馆 ",
                Money.ofFen(100), false));

        Device expected = new Device(ID, new DeviceLocation("广东省", "深圳市", "福田区", "会展中心 C 馆"), Money.ofFen(100), false);
        assertThat(change).isEqualTo(new DeviceChange(STORED, expected));
        verify(saveDevicePort).update(expected);
        assertThat(transactions.committed()).isEqualTo(1);
    }

    @Test
    void a_change_to_the_same_values_writes_nothing() {
        when(loadDevicePort.lockById(ID)).thenReturn(Optional.of(STORED));

        DeviceChange change = service.update(new UpdateDeviceCommand(ID, null, null, null, null, null, true));

        assertThat(change.changed()).isFalse();
        verify(saveDevicePort, never()).update(any());
    }

    @Test
    void an_invalid_value_is_refused_by_the_command_itself() {
        assertThatThrownBy(() -> new UpdateDeviceCommand(ID, null, null, null, null, Money.ofYuan(101), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PRICE"));
        assertThatThrownBy(() -> new UpdateDeviceCommand(ID, "", null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PROVINCE"));
        assertThatThrownBy(() -> new UpdateDeviceCommand(ID, null, null, null, "a\nb", null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_LOCATION"));
    }

    @Test
    void an_unknown_machine_changes_nothing() {
        when(loadDevicePort.lockById(ID)).thenReturn(Optional.empty());
        assertThatThrownBy(() -> service.update(new UpdateDeviceCommand(ID, null, null, null, null, null, false)))
                .isInstanceOf(DeviceNotFoundException.class);
        verify(saveDevicePort, never()).update(any());
    }

    @Test
    void a_change_of_nothing_is_refused_before_any_read() {
        assertThatThrownBy(() -> new UpdateDeviceCommand(ID, null, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("NOTHING_TO_UPDATE"));
    }
}
