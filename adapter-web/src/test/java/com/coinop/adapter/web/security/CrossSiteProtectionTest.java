package com.coinop.adapter.web.security;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.adapter.web.account.UserController;
import com.coinop.adapter.web.history.RechargeListController;
import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.application.history.port.in.ListRechargesUseCase;
import com.coinop.application.history.port.in.RechargeHistory;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The cross-site check on state-changing requests and CORS for exactly the allowed origins. */
@WebMvcTest(value = {RechargeListController.class, UserController.class},
        properties = "coinop.web.allowed-origins=https://h5.example.com, http://localhost:5173")
class CrossSiteProtectionTest extends WebMvcTestSupport {

    private static final String ALLOWED = "https://h5.example.com";

    @MockitoBean
    ListRechargesUseCase listRecharges;

    @MockitoBean
    GetUserProfileUseCase getUserProfile;

    @BeforeEach
    void useCasesAnswer() {
        given(listRecharges.listRecharges(any()))
                .willReturn(new RechargeHistory(TestUsers.activeUser().withId(1).build(), 0, List.of()));
        given(getUserProfile.getUserProfile(new UserId(1))).willReturn(TestUsers.activeUser().withId(1).build());
    }

    private MockHttpServletRequestBuilder listPost() {
        return post("/wechat/recharge/list").cookie(signedInAs(1))
                .header("Host", "api.example.com")
                .contentType(MediaType.APPLICATION_JSON).content("{}");
    }

    private void refused(ResultActions result) throws Exception {
        result.andExpect(status().isForbidden())
                .andExpect(exactJson("""
                        {"success": false, "result": null, "error": "跨站请求已被拒绝", "error_code": "CROSS_SITE_REQUEST"}
                        """))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        verifyNoInteractions(listRecharges);
    }

    @Test
    void post_from_another_site_is_refused_with_403_and_the_handler_never_runs() throws Exception {
        refused(mvc.perform(listPost().header("Origin", "https://evil.example")));
    }

    @Test
    void post_marked_cross_site_without_origin_is_refused() throws Exception {
        refused(mvc.perform(listPost().header("Sec-Fetch-Site", "cross-site")));
    }

    @Test
    void post_from_a_sibling_subdomain_not_listed_is_refused() throws Exception {
        refused(mvc.perform(listPost().header("Origin", "https://evil.example.com").header("Sec-Fetch-Site", "same-site")));
    }

    @Test
    void post_marked_same_site_with_our_origin_but_wrong_scheme_is_refused() throws Exception {
        refused(mvc.perform(listPost().header("Origin", "http://api.example.com:8443").header("Sec-Fetch-Site", "same-site")));
    }

    @Test
    void post_from_an_opaque_null_origin_is_refused() throws Exception {
        refused(mvc.perform(listPost().header("Origin", "null")));
    }

    @Test
    void post_from_our_host_on_another_port_is_refused() throws Exception {
        refused(mvc.perform(listPost().header("Origin", "https://api.example.com:8443")));
    }

    @Test
    void post_from_an_allowed_origin_passes_with_credentialed_cors_headers() throws Exception {
        mvc.perform(listPost().header("Origin", ALLOWED).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", ALLOWED))
                .andExpect(header().string("Access-Control-Allow-Credentials", "true"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("Origin")));
        verify(listRecharges).listRecharges(any());
    }

    @Test
    void post_from_the_apis_own_origin_passes() throws Exception {
        mvc.perform(listPost().header("Origin", "https://api.example.com").header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isOk());
        verify(listRecharges).listRecharges(any());
    }

    @Test
    void post_from_the_apis_own_origin_on_an_explicit_port_passes() throws Exception {
        mvc.perform(post("/wechat/recharge/list").cookie(signedInAs(1)).header("Host", "localhost:8080")
                        .header("Origin", "http://localhost:8080")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        verify(listRecharges).listRecharges(any());
    }

    @Test
    void post_without_origin_or_fetch_metadata_passes_as_curl_does() throws Exception {
        mvc.perform(listPost()).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
        verify(listRecharges).listRecharges(any());
    }

    @Test
    void typed_in_navigation_marked_none_passes() throws Exception {
        mvc.perform(listPost().header("Sec-Fetch-Site", "none")).andExpect(status().isOk());
        verify(listRecharges).listRecharges(any());
    }

    @Test
    void get_from_another_site_is_answered_but_without_cors_headers_so_its_page_cannot_read_it() throws Exception {
        mvc.perform(get("/wechat/user").cookie(signedInAs(1)).header("Origin", "https://evil.example"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
    }

    @Test
    void get_from_an_allowed_origin_carries_cors_headers() throws Exception {
        mvc.perform(get("/wechat/user").cookie(signedInAs(1)).header("Origin", "http://localhost:5173"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:5173"))
                .andExpect(header().string("Access-Control-Allow-Credentials", "true"));
    }

    @Test
    void preflight_from_an_allowed_origin_allows_get_post_and_content_type() throws Exception {
        mvc.perform(options("/wechat/recharge/list").header("Origin", ALLOWED)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", ALLOWED))
                .andExpect(header().string("Access-Control-Allow-Credentials", "true"))
                .andExpect(header().string("Access-Control-Allow-Methods", "GET,POST"))
                .andExpect(header().string("Access-Control-Allow-Headers", "content-type"))
                .andExpect(header().string("Access-Control-Max-Age", "1800"));
        verifyNoInteractions(listRecharges, resolveSession);
    }

    @Test
    void preflight_from_another_site_is_refused_with_the_envelope() throws Exception {
        refused(mvc.perform(options("/wechat/recharge/list").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")));
    }

    @Test
    void preflight_for_a_method_other_than_get_or_post_is_refused() throws Exception {
        refused(mvc.perform(options("/wechat/recharge/list").header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "DELETE")));
    }

    @Test
    void preflight_asking_for_an_extra_header_is_allowed_content_type_only() throws Exception {
        mvc.perform(options("/wechat/recharge/list").header("Origin", ALLOWED)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "content-type, x-token"))
                .andExpect(header().string("Access-Control-Allow-Headers", "content-type"));
        verifyNoInteractions(listRecharges);
    }

    @Test
    void answers_to_other_origins_still_vary_by_origin_for_caches() throws Exception {
        mvc.perform(get("/wechat/user").cookie(signedInAs(1)).header("Origin", "https://evil.example"))
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("Origin")));
    }
}
