package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.domain.usage.UsageSession;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * The session in progress: the machine, its price, the start, the minutes started so far (each is
 * charged), what they cost if it ended now, and the whole minutes the balance still pays for.
 */
@JsonPropertyOrder({"session_id", "device_id", "province", "city", "area", "location", "price_per_minute",
        "start_time", "elapsed_minutes", "running_cost", "minutes_left"})
public record CurrentUsageResponse(@JsonProperty("session_id") long sessionId,
                                   @JsonProperty("device_id") long deviceId,
                                   String province,
                                   String city,
                                   String area,
                                   String location,
                                   @JsonProperty("price_per_minute") BigDecimal pricePerMinute,
                                   @JsonProperty("start_time") String startTime,
                                   @JsonProperty("elapsed_minutes") long elapsedMinutes,
                                   @JsonProperty("running_cost") BigDecimal runningCost,
                                   @JsonProperty("minutes_left") long minutesLeft) {

    static CurrentUsageResponse from(CurrentUsage current) {
        UsageSession session = current.session();
        return new CurrentUsageResponse(session.id().value(), session.deviceId().value(), session.location().province(),
                session.location().city(), session.location().area(), session.location().location(),
                WireFormat.yuan(session.pricePerMinute()), WireFormat.time(session.startTime()), current.elapsedMinutes(),
                WireFormat.yuan(current.runningCost()), current.minutesLeft());
    }
}
