package com.coinop.adapter.web.device;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.device.port.in.DeviceForbiddenException;
import com.coinop.application.device.port.in.DeviceMessageId;
import com.coinop.application.device.port.in.DeviceMessageLogUseCase;
import com.coinop.application.device.port.in.DeviceRequest;
import com.coinop.application.device.port.in.DeviceUnauthenticatedException;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.application.usage.port.in.MachineHeartbeatUseCase;
import com.coinop.application.usage.port.in.MachineState;
import com.coinop.application.usage.port.in.MachineStopUseCase;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The machines' API over HTTP: the signature check runs before the body is looked at and sees the exact
 * bytes, path and headers; the answers' shapes; a repeated message answered from the log; every refusal.
 */
@WebMvcTest(DeviceApiController.class)
class DeviceApiControllerTest extends WebMvcTestSupport {

    private static final DeviceId MACHINE = new DeviceId(1001);
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 28, 20, 0, 0);

    @MockitoBean
    MachineHeartbeatUseCase heartbeat;

    @MockitoBean
    MachineStopUseCase stop;

    @MockitoBean
    DeviceMessageLogUseCase messageLog;

    private final Device device = TestDevices.device().withId(1001).pricedAt(Money.ofFen(50)).build();
    private final UsageSession session = TestUsage.on(device).by(new UserId(7)).startedAt(START).buildStored(31);

    @BeforeEach
    void a_signed_machine_and_a_log_that_has_seen_nothing() {
        given(authenticateDevice.authenticate(any())).willReturn(MACHINE);
        given(messageLog.answerOnce(any(), any(), any()))
                .willAnswer(call -> call.<Supplier<String>>getArgument(2).get());
    }

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("X-Device-Id", "1001").header("X-Timestamp", "1795500000")
                .header("X-Nonce", "0f1e2d3c4b5a69788796a5b4c3d2e1f0").header("X-Signature", "ab".repeat(32)));
    }

    @Test
    void a_heartbeat_answers_the_interval_and_the_session_on_the_machine() throws Exception {
        given(heartbeat.heartbeat(MACHINE)).willReturn(new MachineState(Duration.ofSeconds(30),
                Optional.of(CurrentUsage.at(session, Money.ofFen(500), START.plusSeconds(61)))));

        send("/device/v1/heartbeat", "{\"message_id\": \"hb-1\"}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"interval_seconds": 30,
                                    "session": {"session_id": 31, "user_id": 7, "start_time": "2026-11-28 20:00:00",
                                                "price_per_minute": 0.50, "elapsed_minutes": 2, "minutes_left": 8}},
                         "error": null, "error_code": null}"""));
        verify(messageLog).answerOnce(eq(MACHINE), eq(new DeviceMessageId("hb-1")), any());
    }

    @Test
    void an_idle_machine_learns_there_is_no_session() throws Exception {
        given(heartbeat.heartbeat(MACHINE)).willReturn(new MachineState(Duration.ofSeconds(30), Optional.empty()));

        send("/device/v1/heartbeat", "{\"message_id\": \"hb-2\"}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"interval_seconds": 30, "session": null},
                         "error": null, "error_code": null}"""));
    }

    @Test
    void the_signature_check_sees_the_exact_body_path_method_and_headers() throws Exception {
        given(heartbeat.heartbeat(MACHINE)).willReturn(new MachineState(Duration.ofSeconds(30), Optional.empty()));
        String body = "{ \"message_id\" :\"hb-3\" }";

        send("/device/v1/heartbeat", body).andExpect(status().isOk());

        ArgumentCaptor<DeviceRequest> request = ArgumentCaptor.forClass(DeviceRequest.class);
        verify(authenticateDevice).authenticate(request.capture());
        assertThat(request.getValue().method()).isEqualTo("POST");
        assertThat(request.getValue().path()).isEqualTo("/device/v1/heartbeat");
        assertThat(new String(request.getValue().body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(request.getValue().deviceId()).isEqualTo("1001");
        assertThat(request.getValue().timestamp()).isEqualTo("1795500000");
        assertThat(request.getValue().nonce()).isEqualTo("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        assertThat(request.getValue().signature()).isEqualTo("ab".repeat(32));
    }

    @Test
    void an_unsigned_request_is_refused_401_before_its_body_is_read() throws Exception {
        given(authenticateDevice.authenticate(any())).willThrow(DeviceUnauthenticatedException.badSignature());

        send("/device/v1/heartbeat", "not json at all")
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("DEVICE_UNAUTHENTICATED", "签名"));
        send("/device/v1/stop", "{\"message_id\": \"s-1\", \"session_id\": 31}")
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(heartbeat, stop, messageLog);
    }

    @Test
    void a_disabled_machine_is_refused_403() throws Exception {
        given(authenticateDevice.authenticate(any())).willThrow(new DeviceForbiddenException(MACHINE));

        send("/device/v1/heartbeat", "{\"message_id\": \"hb-4\"}")
                .andExpect(status().isForbidden())
                .andExpect(errorEnvelope("DEVICE_FORBIDDEN", "1001"));
        verifyNoInteractions(heartbeat);
    }

    @Test
    void a_repeated_message_gets_the_recorded_answer_and_nothing_runs() throws Exception {
        String recorded = "{\"success\":true,\"result\":{\"interval_seconds\":30,\"session\":null},"
                + "\"error\":null,\"error_code\":null}";
        willReturn(recorded).given(messageLog).answerOnce(eq(MACHINE), eq(new DeviceMessageId("hb-5")), any());

        send("/device/v1/heartbeat", "{\"message_id\": \"hb-5\"}")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().bytes(recorded.getBytes(StandardCharsets.UTF_8)));
        verifyNoInteractions(heartbeat);
    }

    @Test
    void the_machine_stops_its_session_and_learns_what_it_cost() throws Exception {
        UsageSession ended = session.end(START.plusSeconds(150), Money.ofFen(1_000), UsageEndReason.MACHINE);
        given(stop.stop(MACHINE, new UsageSessionId(31))).willReturn(new ChargeOutcome(ended, false));

        send("/device/v1/stop", "{\"message_id\": \"s-2\", \"session_id\": 31}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"session_id": 31, "user_id": 7, "start_time": "2026-11-28 20:00:00",
                                    "end_time": "2026-11-28 20:02:30", "end_reason": "MACHINE", "already_ended": false,
                                    "billed_minutes": 3, "cost_money": 1.50, "unpaid": 0.00},
                         "error": null, "error_code": null}"""));
    }

    @Test
    void a_session_that_is_not_the_machines_is_404() throws Exception {
        given(stop.stop(MACHINE, new UsageSessionId(32))).willThrow(new UsageSessionNotFoundException(new UsageSessionId(32)));

        send("/device/v1/stop", "{\"message_id\": \"s-3\", \"session_id\": 32}")
                .andExpect(status().isNotFound())
                .andExpect(errorEnvelope("USAGE_NOT_FOUND"));
    }

    @Test
    void bad_bodies_are_refused_400_and_nothing_runs() throws Exception {
        send("/device/v1/heartbeat", "{}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_MESSAGE_ID"));
        send("/device/v1/heartbeat", "{\"message_id\": \"\"}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_MESSAGE_ID"));
        send("/device/v1/heartbeat", "{\"message_id\": \"" + "x".repeat(65) + "\"}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_MESSAGE_ID"));
        send("/device/v1/heartbeat", "{\"message_id\": \"机器\"}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_MESSAGE_ID"));
        send("/device/v1/heartbeat", "{\"message_id\": 12}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_FIELD", "message_id"));
        send("/device/v1/heartbeat", "{\"message_id\": \"a\", \"extra\": 1}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("UNKNOWN_FIELD", "extra"));
        send("/device/v1/heartbeat", "").andExpect(status().isBadRequest()).andExpect(errorEnvelope("INVALID_JSON"));
        send("/device/v1/stop", "{\"message_id\": \"s-4\"}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_SESSION_ID"));
        send("/device/v1/stop", "{\"message_id\": \"s-4\", \"session_id\": \"31\"}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_FIELD", "session_id"));
        send("/device/v1/stop", "{\"message_id\": \"s-4\", \"session_id\": -1}").andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_USAGE_ID"));
        send("/device/v1/stop", "{\"message_id\": \"s-4\", \"session_id\": 99999999999999999999}")
                .andExpect(status().isBadRequest()).andExpect(errorEnvelope("INVALID_FIELD", "session_id"));
        verifyNoInteractions(heartbeat, stop);
        verify(messageLog, never()).answerOnce(any(), any(), any());
    }

    @Test
    void a_body_past_the_cap_is_refused_413_before_the_signature_check() throws Exception {
        send("/device/v1/heartbeat", "{\"message_id\": \"" + "x".repeat(17_000) + "\"}")
                .andExpect(status().isContentTooLarge());
        verifyNoInteractions(authenticateDevice, heartbeat);
    }
}
