package com.coinop.adapter.web.security;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.adapter.web.account.AdminUserController;
import com.coinop.adapter.web.device.AdminDeviceController;
import com.coinop.adapter.web.usage.AdminSessionController;
import com.coinop.application.account.port.in.DisableUserUseCase;
import com.coinop.application.account.port.in.EnableUserUseCase;
import com.coinop.application.account.port.in.GetLedgerUseCase;
import com.coinop.application.account.port.in.ListUsersUseCase;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.in.RotateDeviceSecretUseCase;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.usage.port.in.ListUnpaidSessionsUseCase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Without {@code coinop.admin.token} the admin API does not exist: each of its routes answers as a path nobody serves. */
@WebMvcTest(value = {AdminDeviceController.class, AdminUserController.class, AdminSessionController.class},
        properties = "coinop.admin.token=")
class AdminApiOffTest extends WebMvcTestSupport {

    private static final String TOKEN = "Bearer 0123456789abcdef0123456789abcdef";

    @MockitoBean
    ListDevicesUseCase listDevices;

    @MockitoBean
    RegisterDeviceUseCase registerDevice;

    @MockitoBean
    UpdateDeviceUseCase updateDevice;

    @MockitoBean
    RotateDeviceSecretUseCase rotateSecret;

    @MockitoBean
    ListUsersUseCase listUsers;

    @MockitoBean
    DisableUserUseCase disableUser;

    @MockitoBean
    EnableUserUseCase enableUser;

    @MockitoBean
    GetLedgerUseCase getLedger;

    @MockitoBean
    ListUnpaidSessionsUseCase listUnpaid;

    private MvcResult answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", TOKEN)).andReturn();
    }

    /** Status, body and the headers a client could tell routes apart by. */
    private static String seen(MvcResult result) throws Exception {
        Function<String, String> header = result.getResponse()::getHeader;
        return result.getResponse().getStatus() + " " + result.getResponse().getContentAsString(StandardCharsets.UTF_8)
                + " allow=" + header.apply("Allow") + " www-authenticate=" + header.apply("WWW-Authenticate")
                + " cache-control=" + header.apply("Cache-Control") + " type=" + result.getResponse().getContentType();
    }

    @Test
    void every_admin_route_answers_exactly_as_an_unknown_route() throws Exception {
        String unknownGet = seen(answer(get("/no/such/route")));
        String unknownPost = seen(answer(post("/no/such/route").contentType(MediaType.APPLICATION_JSON).content("{}")));
        String unknownPatch = seen(answer(patch("/no/such/route").contentType(MediaType.APPLICATION_JSON).content("{}")));

        assertThat(unknownGet).startsWith("404 ").contains("\"error_code\":\"NOT_FOUND\"");
        assertThat(seen(answer(get("/admin/devices")))).isEqualTo(unknownGet);
        assertThat(seen(answer(get("/admin/users?page=1")))).isEqualTo(unknownGet);
        assertThat(seen(answer(get("/admin/users/7/ledger")))).isEqualTo(unknownGet);
        assertThat(seen(answer(get("/admin/sessions/unpaid")))).isEqualTo(unknownGet);
        assertThat(seen(answer(post("/admin/devices").contentType(MediaType.APPLICATION_JSON).content("{}"))))
                .isEqualTo(unknownPost);
        assertThat(seen(answer(post("/admin/users/7/disable")))).isEqualTo(seen(answer(post("/no/such/route"))));
        assertThat(seen(answer(patch("/admin/devices/1001").contentType(MediaType.APPLICATION_JSON).content("{}"))))
                .isEqualTo(unknownPatch);
        verifyNoInteractions(listDevices, registerDevice, updateDevice, listUsers, disableUser, enableUser, getLedger,
                listUnpaid);
    }
}
