package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.usage.port.in.UsageStarted;
import com.coinop.domain.usage.UsageSession;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * A started session: the machine, where it stands, what a minute costs, when it started, and the whole
 * minutes the balance pays for (the machine stops the user then).
 */
@JsonPropertyOrder({"session_id", "device_id", "province", "city", "area", "location", "price_per_minute",
        "start_time", "minutes_paid"})
public record UsageStartedResponse(@JsonProperty("session_id") long sessionId,
                                   @JsonProperty("device_id") long deviceId,
                                   String province,
                                   String city,
                                   String area,
                                   String location,
                                   @JsonProperty("price_per_minute") BigDecimal pricePerMinute,
                                   @JsonProperty("start_time") String startTime,
                                   @JsonProperty("minutes_paid") long minutesPaid) {

    static UsageStartedResponse from(UsageStarted started) {
        UsageSession session = started.session();
        return new UsageStartedResponse(session.id().value(), session.deviceId().value(), session.location().province(),
                session.location().city(), session.location().area(), session.location().location(),
                WireFormat.yuan(session.pricePerMinute()), WireFormat.time(session.startTime()), started.minutesPaid());
    }
}
