package com.coinop.adapter.web.device;

import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.device.port.in.DeviceMessageId;
import com.coinop.application.device.port.in.DeviceMessageLogUseCase;
import com.coinop.application.usage.port.in.MachineHeartbeatUseCase;
import com.coinop.application.usage.port.in.MachineStopUseCase;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.usage.UsageSessionId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The machines' own API, signed by each machine's secret (see {@link AuthenticatedDevice}); its shape follows
 * OCPP's: {@code POST /device/v1/heartbeat} (Heartbeat: the machine is alive, and learns the interval and the
 * session on it) and {@code POST /device/v1/stop} (StopTransaction: the user logged off at the machine). Every
 * message carries its {@code message_id}; a message repeated within {@code coinop.device.message-lifetime} gets the very bytes it got first,
 * and nothing is done again.
 */
@RestController
public class DeviceApiController {

    private final MachineHeartbeatUseCase heartbeat;
    private final MachineStopUseCase stop;
    private final DeviceMessageLogUseCase messageLog;
    private final JsonMapper jsonMapper;

    public DeviceApiController(MachineHeartbeatUseCase heartbeat, MachineStopUseCase stop,
                               DeviceMessageLogUseCase messageLog, JsonMapper jsonMapper) {
        this.heartbeat = heartbeat;
        this.stop = stop;
        this.messageLog = messageLog;
        this.jsonMapper = jsonMapper;
    }

    @PostMapping(path = "/device/v1/heartbeat", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> heartbeat(@AuthenticatedDevice DeviceId device, @RequestBody HeartbeatRequest body) {
        return answerOnce(device, body.messageId(), () -> HeartbeatResponse.from(heartbeat.heartbeat(device)));
    }

    @PostMapping(path = "/device/v1/stop", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> stop(@AuthenticatedDevice DeviceId device, @RequestBody MachineStopRequest body) {
        InvalidValueException.require(body.sessionId() != null, "INVALID_SESSION_ID", "session_id 不能为空");
        UsageSessionId session = new UsageSessionId(body.sessionId());
        return answerOnce(device, body.messageId(), () -> MachineStopResponse.from(stop.stop(device, session)));
    }

    private ResponseEntity<byte[]> answerOnce(DeviceId device, String messageId, Supplier<Object> handle) {
        String answer = messageLog.answerOnce(device, new DeviceMessageId(messageId),
                () -> jsonMapper.writeValueAsString(Envelope.ok(handle.get())));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(answer.getBytes(StandardCharsets.UTF_8));
    }
}
