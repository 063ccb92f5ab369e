package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.device.port.in.DeviceOverview;
import com.coinop.domain.device.Device;
import com.coinop.domain.usage.UsageSession;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * A machine in {@code GET /admin/devices}: the machine's fields as {@link DeviceResponse} has them,
 * {@code last_heartbeat_time} (null when it never sent one), and {@code in_use}: the session in progress on
 * it (whose, since when), or null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "province", "city", "area", "location", "price_per_minute", "enabled", "last_heartbeat_time",
        "in_use"})
public record DeviceListItemResponse(long id, String province, String city, String area, String location,
                                     @JsonProperty("price_per_minute") BigDecimal pricePerMinute, boolean enabled,
                                     @JsonProperty("last_heartbeat_time") String lastHeartbeatTime,
                                     @JsonProperty("in_use") InUse inUse) {

    /** The session in progress on a machine. */
    @JsonPropertyOrder({"session_id", "user_id", "start_time"})
    public record InUse(@JsonProperty("session_id") long sessionId, @JsonProperty("user_id") long userId,
                        @JsonProperty("start_time") String startTime) {

        static InUse from(UsageSession session) {
            return new InUse(session.id().value(), session.userId().value(), WireFormat.time(session.startTime()));
        }
    }

    static DeviceListItemResponse from(DeviceOverview overview) {
        Device device = overview.device();
        return new DeviceListItemResponse(device.id().value(), device.location().province(), device.location().city(),
                device.location().area(), device.location().location(), WireFormat.yuan(device.pricePerMinute()),
                device.enabled(), overview.lastHeartbeat().map(WireFormat::time).orElse(null),
                overview.inUse().map(InUse::from).orElse(null));
    }
}
