package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.usage.port.in.ChargeOutcome;
import com.coinop.application.usage.port.in.CurrentUsage;
import com.coinop.application.usage.port.in.GetCurrentUsageUseCase;
import com.coinop.application.usage.port.in.StartUsageCommand;
import com.coinop.application.usage.port.in.StartUsageUseCase;
import com.coinop.application.usage.port.in.StopUsageUseCase;
import com.coinop.application.usage.port.in.UsageStarted;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceDisabledException;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionNotFoundException;
import com.coinop.domain.user.InsufficientBalanceException;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Starting, following and stopping a machine from the page: the answers' shapes and every refusal's status. */
@WebMvcTest(UsageController.class)
class UsageControllerTest extends WebMvcTestSupport {

    private static final UserId USER = new UserId(7);
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 28, 20, 0, 0);
    private static final String QR = "https://h5.example.com/?machine=1001";

    @MockitoBean
    StartUsageUseCase startUsage;

    @MockitoBean
    GetCurrentUsageUseCase currentUsage;

    @MockitoBean
    StopUsageUseCase stopUsage;

    private final Device device = TestDevices.device().withId(1001)
            .at(new DeviceLocation("广东省", "深圳市", "南山区", "科技园 1 号机")).pricedAt(Money.ofFen(50)).build();
    private final UsageSession started = TestUsage.on(device).by(USER).startedAt(START).buildStored(31);

    private ResultActions start(String body) throws Exception {
        return mvc.perform(post("/wechat/device/start").cookie(signedInAs(7)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void a_scan_starts_the_machine_and_answers_where_what_a_minute_costs_and_how_long_the_balance_lasts() throws Exception {
        given(startUsage.start(new StartUsageCommand(USER, QR))).willReturn(new UsageStarted(started, 12));

        start("{\"qr\": \"" + QR + "\"}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"session_id": 31, "device_id": 1001, "province": "广东省", "city": "深圳市",
                                    "area": "南山区", "location": "科技园 1 号机", "price_per_minute": 0.50,
                                    "start_time": "2026-11-28 20:00:00", "minutes_paid": 12},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void every_refusal_of_a_start_has_its_status_and_code() throws Exception {
        Object[][] refusals = {
                {new InvalidValueException("INVALID_QR", "这不是本平台设备的二维码"), 400, "INVALID_QR"},
                {new DeviceNotFoundException(new DeviceId(1001)), 404, "DEVICE_NOT_FOUND"},
                {new DeviceDisabledException(new DeviceId(1001)), 409, "DEVICE_DISABLED"},
                {new InsufficientBalanceException(USER, Money.ofFen(50)), 409, "INSUFFICIENT_BALANCE"},
                {new UserDisabledException(USER), 403, "USER_DISABLED"},
                {new IllegalStateTransitionException("USAGE_ALREADY_ACTIVE", "您已有正在使用的设备, 请先下机"), 409, "USAGE_ALREADY_ACTIVE"},
                {new IllegalStateTransitionException("DEVICE_BUSY", "该设备正在被他人使用, 请稍后再试"), 409, "DEVICE_BUSY"}};
        for (Object[] refusal : refusals) {
            willThrow((RuntimeException) refusal[0]).given(startUsage).start(any());

            start("{\"qr\": \"" + QR + "\"}")
                    .andExpect(status().is((int) refusal[1]))
                    .andExpect(errorEnvelope((String) refusal[2]));
        }
    }

    @Test
    void a_start_without_a_code_or_with_a_body_that_is_not_one_is_400_and_reaches_no_use_case() throws Exception {
        for (String body : new String[] {"", "{}", "{\"qr\": null}", "{\"qr\": \"\"}", "{\"qr\": 1001}", "[]",
                "{\"qr\": \"" + QR + "\", \"device\": 1001}"}) {
            start(body).andExpect(status().isBadRequest());
        }
        verifyNoInteractions(startUsage);
    }

    @Test
    void only_a_signed_in_user_uses_machines() throws Exception {
        mvc.perform(post("/wechat/device/start").contentType(MediaType.APPLICATION_JSON).content("{\"qr\": \"" + QR + "\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/wechat/device/current")).andExpect(status().isUnauthorized());
        mvc.perform(post("/wechat/device/stop").cookie(openIdOnly())).andExpect(status().isUnauthorized());
        verifyNoInteractions(startUsage, currentUsage, stopUsage);
    }

    @Test
    void the_current_session_is_null_or_the_running_figures() throws Exception {
        given(currentUsage.current(USER)).willReturn(Optional.empty());
        mvc.perform(get("/wechat/device/current").cookie(signedInAs(7)))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": null, "error": null, "error_code": null}
                        """));

        given(currentUsage.current(USER)).willReturn(Optional.of(new CurrentUsage(started, 3, Money.ofFen(150), 9)));
        mvc.perform(get("/wechat/device/current").cookie(signedInAs(7)))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"session_id": 31, "device_id": 1001, "province": "广东省", "city": "深圳市",
                                    "area": "南山区", "location": "科技园 1 号机", "price_per_minute": 0.50,
                                    "start_time": "2026-11-28 20:00:00", "elapsed_minutes": 3, "running_cost": 1.50,
                                    "minutes_left": 9},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void a_stop_answers_the_expense_as_the_list_shows_it_and_without_a_session_404() throws Exception {
        UsageSession ended = started.end(START.plusSeconds(45), Money.ofYuan(100), UsageEndReason.USER);
        given(stopUsage.stop(USER)).willReturn(new ChargeOutcome(ended, false));

        mvc.perform(post("/wechat/device/stop").cookie(signedInAs(7)))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"id": 31, "user_id": 7, "device_id": 1001, "province": "广东省", "city": "深圳市",
                                    "area": "南山区", "location": "科技园 1 号机", "cost_money": 0.50,
                                    "ctime": "2026-11-28 20:00:00", "utime": "2026-11-28 20:00:45",
                                    "end_time": "2026-11-28 20:00:45", "cost_time": 0, "billed_minutes": 1,
                                    "price_per_minute": 0.50},
                         "error": null, "error_code": null}
                        """));

        willThrow(UsageSessionNotFoundException.noneInProgress(USER)).given(stopUsage).stop(USER);
        mvc.perform(post("/wechat/device/stop").cookie(signedInAs(7)))
                .andExpect(status().isNotFound())
                .andExpect(errorEnvelope("USAGE_NOT_FOUND"));
    }
}
