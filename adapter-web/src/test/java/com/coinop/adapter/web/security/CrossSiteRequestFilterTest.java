package com.coinop.adapter.web.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as the API's own origin when compared with the Host header. */
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
}
