package com.coinop.adapter.web.device;

import com.coinop.adapter.web.json.StrictJsonBody;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /device/v1/heartbeat}: {@code {"message_id": "…"}}. */
public record HeartbeatRequest(@JsonProperty("message_id") String messageId) implements StrictJsonBody {
}
