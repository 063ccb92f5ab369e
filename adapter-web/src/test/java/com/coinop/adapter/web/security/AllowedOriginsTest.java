package com.coinop.adapter.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parsing, normalizing and matching the configured allowed origins. */
class AllowedOriginsTest {

    private final AllowedOrigins allowed = new AllowedOrigins(List.of("https://H5.Example.com/", "http://localhost:5173",
            "https://pay.example.com:443"));

    @Test
    void configured_origins_are_kept_normalized_in_order() {
        assertThat(allowed.values()).containsExactly("https://h5.example.com", "http://localhost:5173", "https://pay.example.com");
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = {"https://h5.example.com", "HTTPS://H5.EXAMPLE.COM", "https://h5.example.com:443",
            "http://localhost:5173", "https://pay.example.com"})
    void listed_origin_in_any_spelling_is_allowed(String origin) {
        assertThat(allowed.isAllowed(origin)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not allowed")
    @ValueSource(strings = {"http://h5.example.com", "https://h5.example.com:8443", "https://h5.example.com.evil.io",
            "https://evil-h5.example.com", "http://localhost:5174", "null", "", "*", "https://h5.example.com/path",
            "https://user@h5.example.com", "file://h5.example.com", "h5.example.com"})
    void anything_else_is_not_allowed(String origin) {
        assertThat(allowed.isAllowed(origin)).isFalse();
    }

    @Test
    void missing_origin_is_not_allowed() {
        assertThat(allowed.isAllowed(null)).isFalse();
    }

    @ParameterizedTest(name = "configuring {0} stops start-up")
    @ValueSource(strings = {"*", "null", "h5.example.com", "https://h5.example.com/app", "https://*.example.com", "ftp://x.y"})
    void configuring_something_that_is_not_an_origin_stops_start_up_naming_it(String entry) {
        assertThatThrownBy(() -> new AllowedOrigins(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coinop.web.allowed-origins")
                .hasMessageContaining(entry);
    }

    @Test
    void nothing_configured_allows_nothing() {
        assertThat(new AllowedOrigins(List.of()).isAllowed("https://h5.example.com")).isFalse();
    }
}
