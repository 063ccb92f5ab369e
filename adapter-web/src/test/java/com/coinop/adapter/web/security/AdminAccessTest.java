package com.coinop.adapter.web.security;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.adapter.web.device.AdminDeviceController;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.in.RegisterDeviceCommand;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.in.RotateDeviceSecretUseCase;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.shared.port.in.Paged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.URI;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches the admin API: a request with the bearer token, from anywhere (the page's cross-site and CORS
 * rules do not apply); nobody without it, whatever cookie, method or spelling of the path.
 */
@WebMvcTest(value = AdminDeviceController.class, properties = {
        "coinop.admin.token=" + AdminAccessTest.TOKEN,
        "coinop.web.allowed-origins=https://h5.example.com"})
class AdminAccessTest extends WebMvcTestSupport {

    static final String TOKEN = "0123456789abcdef0123456789abcdef-admin";

    @MockitoBean
    ListDevicesUseCase listDevices;

    @MockitoBean
    RegisterDeviceUseCase registerDevice;

    @MockitoBean
    UpdateDeviceUseCase updateDevice;

    @MockitoBean
    RotateDeviceSecretUseCase rotateSecret;

    @BeforeEach
    void noMachines() {
        given(listDevices.listDevices(any())).willReturn(new Paged<>(0, List.of()));
    }

    private static MockHttpServletRequestBuilder devices() {
        return get("/admin/devices");
    }

    private ResultActions refused(ResultActions result, boolean tokenSent) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", tokenSent
                        ? "Bearer realm=\"coinop-admin\", error=\"invalid_token\"" : "Bearer realm=\"coinop-admin\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                .andExpect(errorEnvelope("ADMIN_TOKEN_INVALID", "Bearer"));
    }

    @Test
    void the_token_opens_the_admin_api_whatever_the_case_of_the_scheme() throws Exception {
        mvc.perform(devices().header("Authorization", "Bearer " + TOKEN)).andExpect(status().isOk());
        mvc.perform(devices().header("Authorization", "bearer " + TOKEN)).andExpect(status().isOk());
        verify(listDevices, times(2)).listDevices(any());
    }

    @Test
    void without_the_token_or_with_another_every_admin_route_is_401_and_no_handler_runs() throws Exception {
        refused(mvc.perform(devices()), false);
        refused(mvc.perform(devices().header("Authorization", "Bearer " + TOKEN + "x")), true);
        refused(mvc.perform(devices().header("Authorization", "Bearer " + TOKEN.substring(1))), true);
        refused(mvc.perform(devices().header("Authorization", "Bearer")), true);
        refused(mvc.perform(devices().header("Authorization", "Basic " + TOKEN)), true);
        refused(mvc.perform(devices().header("Authorization", TOKEN)), true);
        refused(mvc.perform(devices().header("Authorization", "Bearer " + TOKEN).header("Authorization", "Bearer x")), true);
        refused(mvc.perform(post("/admin/devices").contentType(MediaType.APPLICATION_JSON).content("{}")), false);
        refused(mvc.perform(get("/admin/no-such-route")), false);
        refused(mvc.perform(get("/admin")), false);
        verifyNoInteractions(listDevices, registerDevice, updateDevice);
    }

    @Test
    void the_pages_signed_in_cookie_opens_nothing() throws Exception {
        refused(mvc.perform(devices().cookie(signedInAs(1))), false);
        verifyNoInteractions(listDevices);
    }

    @Test
    void path_spellings_that_route_to_an_admin_handler_still_need_the_token() throws Exception {
        refused(mvc.perform(get("/admin;x=1/devices")), false);
        refused(mvc.perform(get(URI.create("/%61dmin/devices"))), false);
        verifyNoInteractions(listDevices);
    }

    @Test
    void a_cors_preflight_carries_no_token_and_is_refused_and_answers_get_no_cors_headers() throws Exception {
        refused(mvc.perform(options("/admin/devices").header("Origin", "https://h5.example.com")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")), false);
        mvc.perform(devices().header("Authorization", "Bearer " + TOKEN).header("Origin", "https://h5.example.com"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
    }

    @Test
    void with_the_token_the_pages_cross_site_check_does_not_apply() throws Exception {
        given(registerDevice.register(any()))
                .willAnswer(invocation -> invocation.<RegisterDeviceCommand>getArgument(0).device());

        mvc.perform(post("/admin/devices").header("Authorization", "Bearer " + TOKEN)
                        .header("Origin", "https://ops.example.net").header("Sec-Fetch-Site", "cross-site")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"id": 1001, "province": "p", "city": "c", "area": "a", "location": "l",
                                 "price_per_minute": 0.5, "enabled": true}
                                """))
                .andExpect(status().isOk());
    }

    @Test
    void the_pages_routes_keep_their_cross_site_check() throws Exception {
        mvc.perform(post("/wechat/recharge/list").header("Authorization", "Bearer " + TOKEN)
                        .header("Origin", "https://evil.example").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(errorEnvelope("CROSS_SITE_REQUEST"));
    }
}
