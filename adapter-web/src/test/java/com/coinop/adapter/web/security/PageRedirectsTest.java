package com.coinop.adapter.web.security;

import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRedirectsTest {

    private final PageRedirects redirects = new PageRedirects(new AllowedOrigins(List.of("https://h5.example.com",
            "http://localhost:5173")));

    @Test
    void pages_on_an_allowed_origin_or_the_api_s_own_are_returned_unchanged() {
        assertThat(redirects.require("https://h5.example.com/#/home?x=1", "https://api.example.com"))
                .isEqualTo("https://h5.example.com/#/home?x=1");
        assertThat(redirects.require("HTTPS://H5.EXAMPLE.COM:443/a", "https://api.example.com"))
                .isEqualTo("HTTPS://H5.EXAMPLE.COM:443/a");
        assertThat(redirects.require("http://localhost:5173/", "https://api.example.com")).isNotNull();
        assertThat(redirects.require("https://api.example.com/h5/index.html", "https://api.example.com")).isNotNull();
    }

    @Test
    void anything_else_is_refused_by_name() {
        for (String page : new String[] {"https://api.example.com.evil.com/", "http://localhost:5174/",
                "https://h5.example.com@evil.com/", "https://evil.com\\@h5.example.com/", "//h5.example.com/",
                "h5.example.com/", "data:text/html,hi", "https://h5.example.com/\u0000", null}) {
            assertThatThrownBy(() -> redirects.require(page, "https://api.example.com"))
                    .as(String.valueOf(page))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("code").isEqualTo("INVALID_REDIRECT");
        }
    }

    @Test
    void an_api_origin_that_is_no_origin_allows_nothing_extra() {
        assertThatThrownBy(() -> redirects.require("https://api.example.com/", "not a url"))
                .isInstanceOf(InvalidValueException.class);
    }
}
