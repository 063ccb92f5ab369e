package com.coinop.domain.device;

import com.coinop.domain.shared.InvalidValueException;

/** Where a machine stands: province, city, area and the place itself. */
public record DeviceLocation(String province, String city, String area, String location) {

    public DeviceLocation {
        InvalidValueException.require(province != null && city != null && area != null && location != null,
                "INVALID_LOCATION", "设备位置不完整");
    }
}
