package com.coinop.application.device.port.in;

import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;

/**
 * An operator registers a machine: the id printed in its QR code, where it stands, what a minute costs,
 * and whether it takes users yet. Checked as {@link Device#register} and {@link DeviceLocation#entered} say.
 */
public record RegisterDeviceCommand(Device device) {

    public RegisterDeviceCommand {
        InvalidValueException.require(device != null, "INVALID_DEVICE", "设备数据不完整");
    }

    /**
     * The command from what the operator sent; a missing value is refused naming its field.
     *
     * @throws InvalidValueException for a missing or invalid value
     */
    public static RegisterDeviceCommand of(Long id, String province, String city, String area, String location,
                                           Money pricePerMinute, Boolean enabled) {
        InvalidValueException.require(id != null, "INVALID_DEVICE_ID", "id 不能为空");
        InvalidValueException.require(id > 0, "INVALID_DEVICE_ID", "设备编号须在 1 到 " + DeviceId.MAX_PRINTED + " 之间");
        InvalidValueException.require(pricePerMinute != null, "INVALID_PRICE", "price_per_minute 不能为空");
        InvalidValueException.require(enabled != null, "INVALID_ENABLED", "enabled 不能为空");
        return new RegisterDeviceCommand(Device.register(new DeviceId(id),
                DeviceLocation.entered(province, city, area, location), pricePerMinute, enabled));
    }
}
