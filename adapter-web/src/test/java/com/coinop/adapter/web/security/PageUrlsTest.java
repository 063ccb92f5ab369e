package com.coinop.adapter.web.security;

import com.coinop.adapter.web.security.PageUrls.PageParameter;
import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageUrlsTest {

    private static final PageParameter PAGE = new PageParameter("page", "INVALID_PAGE", "the page");
    private static final String API = "https://api.example.com";

    private final PageUrls pages = new PageUrls(new AllowedOrigins(List.of("https://h5.example.com",
            "http://localhost:5173")), null);

    @Test
    void pages_on_an_allowed_origin_or_the_api_s_own_are_returned_unchanged() {
        assertThat(pages.requirePage("https://h5.example.com/#/home?x=1", PAGE, API))
                .isEqualTo("https://h5.example.com/#/home?x=1");
        assertThat(pages.requirePage("HTTPS://H5.EXAMPLE.COM:443/a", PAGE, API))
                .isEqualTo("HTTPS://H5.EXAMPLE.COM:443/a");
        assertThat(pages.requirePage("http://localhost:5173/", PAGE, API)).isEqualTo("http://localhost:5173/");
        assertThat(pages.requirePage("https://api.example.com/h5/index.html", PAGE, API))
                .isEqualTo("https://api.example.com/h5/index.html");
    }

    @Test
    void anything_else_is_refused_with_the_parameter_s_code_and_name() {
        for (String page : new String[] {"https://api.example.com.evil.com/", "http://localhost:5174/",
                "https://h5.example.com@evil.com/", "https://evil.com\\@h5.example.com/", "//h5.example.com/",
                "h5.example.com/", "/relative/page", "javascript:alert(1)", "data:text/html,hi",
                "https://h5.example.com/\u0000", "https://h5.example.com/" + "a".repeat(PageUrls.MAX_LENGTH), "",
                null}) {
            assertThatThrownBy(() -> pages.requirePage(page, PAGE, API))
                    .as(String.valueOf(page))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("page")
                    .extracting("code").isEqualTo("INVALID_PAGE");
        }
    }

    @Test
    void an_api_origin_that_is_no_origin_allows_nothing_extra() {
        assertThatThrownBy(() -> pages.requirePage("https://api.example.com/", PAGE, "not a url"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_api_base_url_is_the_configured_one_or_else_the_request_s() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wechat/oauth/authorize");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(8080);

        assertThat(pages.apiBaseUrl(request)).isEqualTo("http://localhost:8080");
        assertThat(new PageUrls(new AllowedOrigins(List.of()), URI.create("https://api.example.com/")).apiBaseUrl(request))
                .isEqualTo("https://api.example.com");
    }
}
