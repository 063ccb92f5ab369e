package com.coinop.adapter.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the API's own origin when compared with the Host header, and which GETs change state. */
class CrossSiteRequestFilterTest {

    @ParameterizedTest(name = "Origin {0} with Host {1} is the same origin: {2}")
    @CsvSource({
            "https://api.example.com,       api.example.com,       true",
            "https://api.example.com,       API.Example.com,       true",
            "https://api.example.com,       api.example.com:443,   true",
            "http://api.example.com,        api.example.com:80,    true",
            "http://localhost:8080,         localhost:8080,        true",
            "http://[::1]:8080,             [::1]:8080,            true",
            "https://api.example.com,       api.example.com:8443,  false",
            "https://api.example.com:8443,  api.example.com,       false",
            "http://localhost:8080,         localhost,             false",
            "https://evil.example,          api.example.com,       false",
            "https://api.example.com.evil,  api.example.com,       false",
            "null,                          api.example.com,       false",
            "https://api.example.com,       '',                    false",
            "https://api.example.com,       api.example.com/x,     false"})
    void same_origin_means_same_host_and_port_as_the_host_header(String origin, String host, boolean same) {
        assertThat(CrossSiteRequestFilter.isSameOrigin(origin, host)).isEqualTo(same);
    }

    @ParameterizedTest(name = "GET {0} is checked like a POST: {1}")
    @CsvSource({
            "/wechat/recharge/50,              true",
            "/wechat/recharge/50;jsessionid=1, true",
            "//wechat//recharge/50,            true",
            "/wechat/recharge/%35%30,          true",
            "/wechat/recharge/abc,             true",
            "/wechat/recharge/list,            false",
            "/wechat/recharge,                 false",
            "/wechat/user,                     false"})
    void the_gets_that_create_an_order_are_checked_however_the_path_is_written(String path, boolean checked)
            throws Exception {
        CrossSiteRequestFilter filter = new CrossSiteRequestFilter(new AllowedOrigins(List.of()),
                new CrossSiteRefusal(JsonMapper.builder().build()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.addHeader("Sec-Fetch-Site", "cross-site");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest() == null).as("refused").isEqualTo(checked);
        assertThat(response.getStatus()).isEqualTo(checked ? 403 : 200);
    }
}
