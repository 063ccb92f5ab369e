package com.coinop.adapter.web.account;

import com.coinop.adapter.web.usage.SessionResponse;
import com.coinop.application.account.port.in.UserStateChange;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer of disabling or enabling a user: the user now, whether anything changed, and the session in
 * progress that disabling ended and charged (null when there was none).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"user", "changed", "ended_session"})
public record UserStateChangeResponse(UserResponse user, boolean changed,
                                      @JsonProperty("ended_session") SessionResponse endedSession) {

    static UserStateChangeResponse from(UserStateChange change) {
        return new UserStateChangeResponse(UserResponse.from(change.user()), change.changed(),
                change.endedSession().map(SessionResponse::from).orElse(null));
    }
}
