package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.StrictJsonBody;
import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.device.port.in.UpdateDeviceCommand;
import com.coinop.domain.device.DeviceId;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import java.math.BigDecimal;

/**
 * The body of {@code PATCH /admin/devices/<id>}: the fields to change, the others left out. A field sent as
 * null is refused rather than read as "leave it". Setters rather than a record: Jackson calls a setter only
 * for a field that is there, so a missing field and a null one can be told apart.
 */
public final class UpdateDeviceRequest implements StrictJsonBody {

    private String province;
    private String city;
    private String area;
    private String location;
    private BigDecimal pricePerMinute;
    private Boolean enabled;

    @JsonSetter(value = "province", nulls = Nulls.FAIL)
    public void setProvince(String province) {
        this.province = province;
    }

    @JsonSetter(value = "city", nulls = Nulls.FAIL)
    public void setCity(String city) {
        this.city = city;
    }

    @JsonSetter(value = "area", nulls = Nulls.FAIL)
    public void setArea(String area) {
        this.area = area;
    }

    @JsonSetter(value = "location", nulls = Nulls.FAIL)
    public void setLocation(String location) {
        this.location = location;
    }

    @JsonSetter(value = "price_per_minute", nulls = Nulls.FAIL)
    public void setPricePerMinute(BigDecimal pricePerMinute) {
        this.pricePerMinute = pricePerMinute;
    }

    @JsonSetter(value = "enabled", nulls = Nulls.FAIL)
    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    UpdateDeviceCommand toCommand(DeviceId id) {
        return new UpdateDeviceCommand(id, province, city, area, location,
                WireFormat.parseYuan("price_per_minute", "INVALID_PRICE", pricePerMinute), enabled);
    }
}
