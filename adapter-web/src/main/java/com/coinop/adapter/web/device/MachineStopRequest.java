package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.StrictJsonBody;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /device/v1/stop}: {@code {"message_id": "…", "session_id": 123}}. */
public record MachineStopRequest(@JsonProperty("message_id") String messageId,
                                 @JsonProperty("session_id") Long sessionId) implements StrictJsonBody {
}
