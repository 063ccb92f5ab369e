package com.coinop.application.device.port.in;

import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation.Part;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;

/**
 * An operator changes a machine: every value given (non-null) replaces the stored one, the others stay.
 * At least one value is given, each checked as an operator's ({@link Part#entered}, {@link Device#listablePrice}).
 */
public record UpdateDeviceCommand(DeviceId id, String province, String city, String area, String location,
                                  Money pricePerMinute, Boolean enabled) {

    public UpdateDeviceCommand {
        InvalidValueException.require(id != null, "INVALID_DEVICE_ID", "设备编号无效");
        InvalidValueException.require(province != null || city != null || area != null || location != null
                || pricePerMinute != null || enabled != null, "NOTHING_TO_UPDATE", "没有要修改的字段");
        province = province == null ? null : Part.PROVINCE.entered(province);
        city = city == null ? null : Part.CITY.entered(city);
        area = area == null ? null : Part.AREA.entered(area);
        location = location == null ? null : Part.LOCATION.entered(location);
        pricePerMinute = pricePerMinute == null ? null : Device.listablePrice(pricePerMinute);
    }

    /** {@code stored} with this command's values. */
    public Device applyTo(Device stored) {
        Device updated = stored;
        if (province != null || city != null || area != null || location != null) {
            DeviceLocation was = stored.location();
            updated = updated.movedTo(new DeviceLocation(
                    province != null ? province : was.province(),
                    city != null ? city : was.city(),
                    area != null ? area : was.area(),
                    location != null ? location : was.location()));
        }
        if (pricePerMinute != null) {
            updated = updated.pricedAt(pricePerMinute);
        }
        if (enabled != null) {
            updated = updated.withEnabled(enabled);
        }
        return updated;
    }
}
