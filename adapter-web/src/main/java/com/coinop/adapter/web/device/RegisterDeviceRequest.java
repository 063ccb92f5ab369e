package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.StrictJsonBody;
import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.device.port.in.RegisterDeviceCommand;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** The body of {@code POST /admin/devices}: every field required; the price in yuan. */
public record RegisterDeviceRequest(Long id, String province, String city, String area, String location,
                                    @JsonProperty("price_per_minute") BigDecimal pricePerMinute,
                                    Boolean enabled) implements StrictJsonBody {

    RegisterDeviceCommand toCommand() {
        return RegisterDeviceCommand.of(id, province, city, area, location,
                WireFormat.parseYuan("price_per_minute", "INVALID_PRICE", pricePerMinute), enabled);
    }
}
