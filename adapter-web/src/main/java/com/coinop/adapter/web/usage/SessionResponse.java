package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.domain.usage.UsageSession;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * An ended usage session as operators see it: who, which machine and where, when, what it cost
 * ({@code cost_money}, taken from the balance), what the balance could not pay ({@code unpaid}), and why it
 * ended ({@code end_reason}). The minutes as in the expense list: {@code cost_time} whole minutes rounded
 * down, {@code billed_minutes} every started one.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "user_id", "device_id", "province", "city", "area", "location", "price_per_minute",
        "start_time", "end_time", "cost_time", "billed_minutes", "cost_money", "unpaid", "end_reason"})
public record SessionResponse(long id,
                              @JsonProperty("user_id") long userId,
                              @JsonProperty("device_id") long deviceId,
                              String province,
                              String city,
                              String area,
                              String location,
                              @JsonProperty("price_per_minute") BigDecimal pricePerMinute,
                              @JsonProperty("start_time") String startTime,
                              @JsonProperty("end_time") String endTime,
                              @JsonProperty("cost_time") long costTime,
                              @JsonProperty("billed_minutes") long billedMinutes,
                              @JsonProperty("cost_money") BigDecimal costMoney,
                              BigDecimal unpaid,
                              @JsonProperty("end_reason") String endReason) {

    public static SessionResponse from(UsageSession session) {
        return new SessionResponse(session.id().value(), session.userId().value(), session.deviceId().value(),
                session.location().province(), session.location().city(), session.location().area(),
                session.location().location(), WireFormat.yuan(session.pricePerMinute()),
                WireFormat.time(session.startTime()), WireFormat.time(session.endTime()), session.costMinutes(),
                session.billedMinutes(), WireFormat.yuan(session.cost()), WireFormat.yuan(session.unpaid()),
                session.endReason() == null ? null : session.endReason().name());
    }
}
