package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.application.usage.port.in.MachineState;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * What a machine learns at a heartbeat: when to send the next, and the session on it (null when idle): whose,
 * since when, and the whole minutes the balance still pays for, after which the machine stops its user.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"interval_seconds", "session"})
record HeartbeatResponse(@JsonProperty("interval_seconds") long intervalSeconds, Session session) {

    static HeartbeatResponse from(MachineState state) {
        return new HeartbeatResponse(state.heartbeatInterval().toSeconds(), state.session().map(Session::from)
                .orElse(null));
    }

    @JsonPropertyOrder({"session_id", "user_id", "start_time", "price_per_minute", "elapsed_minutes", "minutes_left"})
    record Session(@JsonProperty("session_id") long sessionId,
                   @JsonProperty("user_id") long userId,
                   @JsonProperty("start_time") String startTime,
                   @JsonProperty("price_per_minute") BigDecimal pricePerMinute,
                   @JsonProperty("elapsed_minutes") long elapsedMinutes,
                   @JsonProperty("minutes_left") long minutesLeft) {

        static Session from(CurrentUsage current) {
            return new Session(current.session().id().value(), current.session().userId().value(),
                    WireFormat.time(current.session().startTime()), WireFormat.yuan(current.session().pricePerMinute()),
                    current.elapsedMinutes(), current.minutesLeft());
        }
    }
}
