package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.domain.usage.UsageSession;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * The session the machine stopped, as charged: when and why it ended (OCPP's stop reason; {@code MACHINE} for
 * this stop, or another side's when that side ended it first, then {@code already_ended} is true), the
 * minutes billed, what the balance paid and what it could not.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"session_id", "user_id", "start_time", "end_time", "end_reason", "already_ended",
        "billed_minutes", "cost_money", "unpaid"})
record MachineStopResponse(@JsonProperty("session_id") long sessionId,
                           @JsonProperty("user_id") long userId,
                           @JsonProperty("start_time") String startTime,
                           @JsonProperty("end_time") String endTime,
                           @JsonProperty("end_reason") String endReason,
                           @JsonProperty("already_ended") boolean alreadyEnded,
                           @JsonProperty("billed_minutes") long billedMinutes,
                           @JsonProperty("cost_money") BigDecimal costMoney,
                           BigDecimal unpaid) {

    static MachineStopResponse from(ChargeOutcome outcome) {
        UsageSession session = outcome.expense();
        return new MachineStopResponse(session.id().value(), session.userId().value(),
                WireFormat.time(session.startTime()), WireFormat.time(session.endTime()), session.endReason().name(),
                outcome.alreadyEnded(), session.billedMinutes(), WireFormat.yuan(session.cost()),
                WireFormat.yuan(session.unpaid()));
    }
}
