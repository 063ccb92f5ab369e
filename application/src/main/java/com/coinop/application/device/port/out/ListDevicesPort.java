package com.coinop.application.device.port.out;

import com.coinop.domain.device.Device;

import java.util.List;

/** Pages through every machine, by id. */
public interface ListDevicesPort {

    long countDevices();

    /** Up to {@code limit} machines in the order of their ids, after the first {@code offset}. */
    List<Device> findDevices(long offset, int limit);
}
