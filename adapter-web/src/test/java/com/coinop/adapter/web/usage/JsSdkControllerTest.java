package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.usage.port.in.JsSdkConfig;
import com.coinop.application.usage.port.in.SignJsSdkPageUseCase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /wechat/jsapi/signature}: the seed's wx.config object, for a signed-in user's page of the H5 app only. */
@WebMvcTest(JsSdkController.class)
@TestPropertySource(properties = "coinop.web.allowed-origins=https://h5.example.com")
class JsSdkControllerTest extends WebMvcTestSupport {

    private static final String PAGE = "https://h5.example.com/index.html?machine=M-1#/scan";

    @MockitoBean
    SignJsSdkPageUseCase signPage;

    @Test
    void a_signed_in_user_s_page_gets_the_wx_config_object_in_the_seed_shape() throws Exception {
        given(signPage.sign(PAGE)).willReturn(new JsSdkConfig(false, "wx1234567890abcdef", 1764311415L,
                "Wm3WZYTPz0wzccnW", "0f9de62fce790f9a083d5c99e95740ceb90c27ed", List.of("scanQRCode")));

        mvc.perform(post("/wechat/jsapi/signature").cookie(signedInAs(7)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + PAGE + "\"}"))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"debug": false, "appId": "wx1234567890abcdef", "timestamp": 1764311415,
                                    "nonceStr": "Wm3WZYTPz0wzccnW", "signature": "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
                                    "jsApiList": ["scanQRCode"]},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void a_page_on_the_api_s_own_origin_is_signed_too() throws Exception {
        given(signPage.sign("http://localhost/h5/index.html")).willReturn(new JsSdkConfig(true, "wx1", 1L, "n", "s",
                List.of("scanQRCode")));

        mvc.perform(post("/wechat/jsapi/signature").cookie(signedInAs(7)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"http://localhost/h5/index.html\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void any_other_url_is_refused_with_400_and_nothing_signed() throws Exception {
        String[] refused = {"\"https://evil.example.com/\"", "\"https://h5.example.com.evil.com/\"", "\"/relative/page\"",
                "\"javascript:alert(1)\"", "\"https://user@h5.example.com/\"", "\"ftp://h5.example.com/\"",
                "\"https://h5.example.com/" + "a".repeat(500) + "\"", "\"\"", "\"   \"", "null"};
        for (String url : refused) {
            mvc.perform(post("/wechat/jsapi/signature").cookie(signedInAs(7)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"url\": " + url + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(errorEnvelope("INVALID_URL", "url"));
        }
        verifyNoInteractions(signPage);
    }

    @Test
    void a_body_that_is_not_the_request_is_refused_with_400() throws Exception {
        for (String body : new String[] {"", "{}", "[]", "{\"url\": 42}", "{\"url\": [\"https://h5.example.com/\"]}",
                "{\"url\": \"https://h5.example.com/\", \"extra\": 1}", "not json"}) {
            mvc.perform(post("/wechat/jsapi/signature").cookie(signedInAs(7)).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest());
        }
        verifyNoInteractions(signPage);
    }

    @Test
    void without_a_signed_in_user_it_is_401_and_a_get_is_405() throws Exception {
        mvc.perform(post("/wechat/jsapi/signature").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + PAGE + "\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/wechat/jsapi/signature").cookie(openIdOnly()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + PAGE + "\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/wechat/jsapi/signature").cookie(signedInAs(7)))
                .andExpect(status().isMethodNotAllowed());
        verifyNoInteractions(signPage);
    }

    @Test
    void wechat_without_a_ticket_is_503() throws Exception {
        given(signPage.sign(any())).willThrow(new DependencyUnavailableException("wechat", new RuntimeException("down")));

        mvc.perform(post("/wechat/jsapi/signature").cookie(signedInAs(7)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"" + PAGE + "\"}"))
                .andExpect(status().isServiceUnavailable());
    }
}
