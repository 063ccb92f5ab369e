package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.domain.device.Device;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/** A machine as an operator registered or changed it: the answer of {@code POST} and {@code PATCH /admin/devices}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "province", "city", "area", "location", "price_per_minute", "enabled"})
public record DeviceResponse(long id, String province, String city, String area, String location,
                             @JsonProperty("price_per_minute") BigDecimal pricePerMinute, boolean enabled) {

    static DeviceResponse from(Device device) {
        return new DeviceResponse(device.id().value(), device.location().province(), device.location().city(),
                device.location().area(), device.location().location(), WireFormat.yuan(device.pricePerMinute()),
                device.enabled());
    }
}
