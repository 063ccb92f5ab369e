package com.coinop.adapter.web.device;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.device.port.in.DeviceChange;
import com.coinop.application.device.port.in.DeviceOverview;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.in.RegisterDeviceCommand;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.in.RotateDeviceSecretUseCase;
import com.coinop.application.device.port.in.UpdateDeviceCommand;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.device.DeviceNotFoundException;
import com.coinop.domain.device.DeviceSecret;
import com.coinop.domain.money.Money;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operators' machines over HTTP: the exact command handed on, the exact JSON out, and every bad input a 400. */
@WebMvcTest(value = AdminDeviceController.class, properties = "coinop.admin.token=" + AdminDeviceControllerTest.TOKEN)
class AdminDeviceControllerTest extends WebMvcTestSupport {

    static final String TOKEN = "test-admin-token-0123456789abcdef0123";

    @MockitoBean
    ListDevicesUseCase listDevices;

    @MockitoBean
    RotateDeviceSecretUseCase rotateSecret;

    @MockitoBean
    RegisterDeviceUseCase registerDevice;

    @MockitoBean
    UpdateDeviceUseCase updateDevice;

    private static final DeviceLocation WHERE = new DeviceLocation("广东省", "深圳市", "福田区", "会展中心 B 馆 🎮");
    private static final Device MACHINE = new Device(new DeviceId(1002), WHERE, Money.ofFen(80), true);

    private ResultActions register(String body) throws Exception {
        return mvc.perform(post("/admin/devices").header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions change(String id, String body) throws Exception {
        return mvc.perform(patch("/admin/devices/" + id).header("Authorization", "Bearer " + TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(String price) {
        return """
                {"id": 1002, "province": "广东省", "city": "深圳市", "area": "福田区", "location": "会展中心 B 馆 🎮",
                 "price_per_minute": %s, "enabled": true}
                """.formatted(price);
    }

    @Test
    void the_list_shows_each_machine_its_last_heartbeat_and_whose_session_runs_on_it() throws Exception {
        Device idle = new Device(new DeviceId(1001), new DeviceLocation("广东省", "深圳市", "南山区", "科技园"),
                Money.ofFen(50), false);
        var running = TestUsage.on(MACHINE).by(new UserId(7)).startedAt(LocalDateTime.of(2026, 11, 28, 20, 0, 0))
                .buildStored(31);
        given(listDevices.listDevices(new PageQuery(2, 2))).willReturn(new Paged<>(5, List.of(
                new DeviceOverview(idle, Optional.empty(), Optional.empty()),
                new DeviceOverview(MACHINE, Optional.of(running), Optional.of(LocalDateTime.of(2026, 11, 28, 20, 3, 30))))));

        mvc.perform(get("/admin/devices?page=2&size=2").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"total": 5, "data": [
                          {"id": 1001, "province": "广东省", "city": "深圳市", "area": "南山区", "location": "科技园",
                           "price_per_minute": 0.50, "enabled": false, "last_heartbeat_time": null, "in_use": null},
                          {"id": 1002, "province": "广东省", "city": "深圳市", "area": "福田区", "location": "会展中心 B 馆 🎮",
                           "price_per_minute": 0.80, "enabled": true, "last_heartbeat_time": "2026-11-28 20:03:30",
                           "in_use": {"session_id": 31, "user_id": 7, "start_time": "2026-11-28 20:00:00"}}
                        ]}, "error": null, "error_code": null}
                        """));
    }

    @Test
    void the_list_pages_default_to_1_and_20_and_bad_paging_is_400() throws Exception {
        given(listDevices.listDevices(new PageQuery(1, 20))).willReturn(new Paged<>(0, List.of()));
        mvc.perform(get("/admin/devices").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"total": 0, "data": []}, "error": null, "error_code": null}
                        """));

        String[][] bad = {{"page=0", "INVALID_PAGE"}, {"page=-1", "INVALID_PAGE"}, {"page=abc", "INVALID_PAGE"},
                {"page=1.5", "INVALID_PAGE"}, {"page=99999999999", "INVALID_PAGE"}, {"page=1&page=2", "INVALID_PAGE"},
                {"page=", "INVALID_PAGE"}, {"size=0", "INVALID_SIZE"}, {"size=101", "INVALID_SIZE"},
                {"size=%EF%BC%91", "INVALID_SIZE"}};
        for (String[] query : bad) {
            mvc.perform(get("/admin/devices?" + query[0]).header("Authorization", "Bearer " + TOKEN))
                    .andExpect(status().isBadRequest())
                    .andExpect(errorEnvelope(query[1]));
        }
    }

    @Test
    void a_new_secret_is_answered_once_for_the_machine_and_an_unknown_machine_is_404() throws Exception {
        DeviceSecret secret = new DeviceSecret("ab".repeat(32));
        given(rotateSecret.rotate(new DeviceId(1002))).willReturn(secret);
        given(rotateSecret.rotate(new DeviceId(1003))).willThrow(new DeviceNotFoundException(new DeviceId(1003)));

        mvc.perform(post("/admin/devices/1002/secret").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(exactJson("""
                        {"success": true, "result": {"id": 1002, "secret": "%s"}, "error": null, "error_code": null}
                        """.formatted("ab".repeat(32))));
        mvc.perform(post("/admin/devices/1003/secret").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound())
                .andExpect(errorEnvelope("DEVICE_NOT_FOUND"));
        mvc.perform(post("/admin/devices/x/secret").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_DEVICE_ID"));
        mvc.perform(post("/admin/devices/1002/secret")).andExpect(status().isUnauthorized());
    }

    @Test
    void registering_hands_on_the_machine_and_answers_it() throws Exception {
        given(registerDevice.register(new RegisterDeviceCommand(MACHINE))).willReturn(MACHINE);

        register(body("0.8"))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"id": 1002, "province": "广东省", "city": "深圳市", "area": "福田区",
                         "location": "会展中心 B 馆 🎮", "price_per_minute": 0.80, "enabled": true},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void a_taken_id_is_409() throws Exception {
        willThrow(new IllegalStateTransitionException("DEVICE_ALREADY_EXISTS", "设备编号已存在: 1002"))
                .given(registerDevice).register(any());

        register(body("0.80")).andExpect(status().isConflict()).andExpect(errorEnvelope("DEVICE_ALREADY_EXISTS", "1002"));
    }

    @Test
    void bad_registrations_are_400_naming_what_is_wrong_and_reach_no_use_case() throws Exception {
        String longText = "长".repeat(256);
        String[][] bad = {
                {"", "INVALID_JSON"},
                {"[]", "INVALID_JSON"},
                {"{}", "INVALID_DEVICE_ID"},
                {"null", "INVALID_JSON"},
                {body("0"), "INVALID_PRICE"},
                {body("-0.5"), "INVALID_PRICE"},
                {body("-0"), "INVALID_PRICE"},
                {body("0.001"), "INVALID_PRICE"},
                {body("0.805"), "INVALID_PRICE"},
                {body("100.01"), "INVALID_PRICE"},
                {body("1e400"), "INVALID_PRICE"},
                {body("1e-400"), "INVALID_PRICE"},
                {body("99999999999999999999999999999999"), "INVALID_PRICE"},
                {body("\"0.80\""), "INVALID_FIELD"},
                {body("true"), "INVALID_FIELD"},
                {body("null"), "INVALID_PRICE"},
                {body("0.8").replace("\"enabled\": true", "\"enabled\": 1"), "INVALID_FIELD"},
                {body("0.8").replace("\"enabled\": true", "\"enabled\": \"true\""), "INVALID_FIELD"},
                {body("0.8").replace(", \"enabled\": true", ""), "INVALID_ENABLED"},
                {body("0.8").replace("1002", "0"), "INVALID_DEVICE_ID"},
                {body("0.8").replace("1002", "-3"), "INVALID_DEVICE_ID"},
                {body("0.8").replace("1002", "1002.5"), "INVALID_FIELD"},
                {body("0.8").replace("1002", "\"1002\""), "INVALID_FIELD"},
                {body("0.8").replace("1002", "1000000000000000000"), "INVALID_DEVICE_ID"},
                {body("0.8").replace("1002", "99999999999999999999"), "INVALID_FIELD"},
                {body("0.8").replace("\"广东省\"", "\"\""), "INVALID_PROVINCE"},
                {body("0.8").replace("\"广东省\"", "123"), "INVALID_FIELD"},
                {body("0.8").replace("\"深圳市\"", "\"   \""), "INVALID_CITY"},
                {body("0.8").replace("\"福田区\"", "\"a\\u0000b\""), "INVALID_AREA"},
                {body("0.8").replace("\"会展中心 B 馆 🎮\"", "\"" + longText + "\""), "INVALID_LOCATION"},
                {body("0.8").replace("\"会展中心 B 馆 🎮\"", "\"\\ud83c\""), "INVALID_LOCATION"},
                {body("0.8").replace("\"会展中心 B 馆 🎮\"", "\"line\\nbreak\""), "INVALID_LOCATION"},
                {body("0.8").replace("}", ", \"secret\": \"x\"}"), "UNKNOWN_FIELD"},
                {body("0.8").replace("}", ", \"id\": 1003}"), "INVALID_JSON"},
                {body("0.8") + "{}", "INVALID_JSON"}};
        for (String[] request : bad) {
            register(request[0]).andExpect(status().isBadRequest()).andExpect(errorEnvelope(request[1]));
        }
        verifyNoInteractions(registerDevice);
    }

    @Test
    void a_body_that_is_not_json_is_415() throws Exception {
        mvc.perform(post("/admin/devices").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.TEXT_PLAIN).content(body("0.8")))
                .andExpect(status().isUnsupportedMediaType());
        verifyNoInteractions(registerDevice);
    }

    @Test
    void a_change_hands_on_only_the_values_given_and_answers_the_machine_after_it() throws Exception {
        Device after = MACHINE.pricedAt(Money.ofFen(120)).withEnabled(false);
        given(updateDevice.update(new UpdateDeviceCommand(new DeviceId(1002), null, null, null, null, Money.ofFen(120),
                false))).willReturn(new DeviceChange(MACHINE, after));

        change("1002", "{\"price_per_minute\": 1.2, \"enabled\": false}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"id": 1002, "province": "广东省", "city": "深圳市", "area": "福田区",
                         "location": "会展中心 B 馆 🎮", "price_per_minute": 1.20, "enabled": false},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void a_change_of_an_unknown_machine_is_404() throws Exception {
        willThrow(new DeviceNotFoundException(new DeviceId(4040))).given(updateDevice).update(any());

        change("4040", "{\"enabled\": false}").andExpect(status().isNotFound()).andExpect(errorEnvelope("DEVICE_NOT_FOUND"));
    }

    @Test
    void bad_changes_are_400_and_reach_no_use_case() throws Exception {
        String[][] bad = {
                {"1002", "", "INVALID_JSON"},
                {"1002", "{}", "NOTHING_TO_UPDATE"},
                {"1002", "{\"enabled\": null}", "INVALID_FIELD"},
                {"1002", "{\"price_per_minute\": null}", "INVALID_FIELD"},
                {"1002", "{\"location\": null}", "INVALID_FIELD"},
                {"1002", "{\"price_per_minute\": -1}", "INVALID_PRICE"},
                {"1002", "{\"price_per_minute\": 0.333}", "INVALID_PRICE"},
                {"1002", "{\"price_per_minute\": 1e9}", "INVALID_PRICE"},
                {"1002", "{\"enabled\": \"no\"}", "INVALID_FIELD"},
                {"1002", "{\"id\": 1003}", "UNKNOWN_FIELD"},
                {"abc", "{\"enabled\": false}", "INVALID_DEVICE_ID"},
                {"0", "{\"enabled\": false}", "INVALID_DEVICE_ID"},
                {"-1", "{\"enabled\": false}", "INVALID_DEVICE_ID"},
                {"01002", "{\"enabled\": false}", "INVALID_DEVICE_ID"},
                {"99999999999999999999", "{\"enabled\": false}", "INVALID_DEVICE_ID"}};
        for (String[] request : bad) {
            change(request[0], request[1]).andExpect(status().isBadRequest()).andExpect(errorEnvelope(request[2]));
        }
        verifyNoInteractions(updateDevice);
    }
}
