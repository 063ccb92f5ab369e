package com.coinop.adapter.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whose address a request is: X-Forwarded-For is believed only as far as the listed proxies vouch for it. */
class TrustedProxyFilterTest {

    private final TrustedProxyFilter filter = new TrustedProxyFilter(List.of(
            AddressRange.parse("10.0.0.0/8"), AddressRange.parse("192.0.2.10"), AddressRange.parse("fd00::/8")));

    @ParameterizedTest(name = "from {0} with X-Forwarded-For ''{1}'': {2}")
    @CsvSource(delimiter = ';', value = {
            // not from a proxy: the header is the client's own words
            "203.0.113.5; 198.51.100.1;                       203.0.113.5",
            // from the load balancer: the hop it saw
            "10.1.2.3;    198.51.100.1;                       198.51.100.1",
            // a client's own X-Forwarded-For to the left of what the proxy appended is not believed
            "10.1.2.3;    6.6.6.6, 198.51.100.1;              198.51.100.1",
            // two proxies of ours in a row
            "10.1.2.3;    198.51.100.1, 192.0.2.10;           198.51.100.1",
            // all of them proxies: the leftmost is as far as we can see
            "10.1.2.3;    10.9.9.9, 192.0.2.10;               10.9.9.9",
            // garbage in the header stops the walk at the last address believed
            "10.1.2.3;    198.51.100.1, not-an-ip;            10.1.2.3",
            "10.1.2.3;    'evil.example.com';                  10.1.2.3",
            // IPv6 through an IPv6 proxy
            "fd00::1;     2001:db8::7;                        2001:db8::7",
            // no header at all
            "10.1.2.3;    '';                                 10.1.2.3"})
    void the_client_is_the_first_address_right_to_left_that_is_not_a_trusted_proxy(String peer, String header,
                                                                                  String client) {
        List<String> headers = header.isEmpty() ? List.of() : List.of(header);

        assertThat(filter.clientOf(peer, headers)).isEqualTo(client);
    }

    @Test
    void several_header_lines_count_as_one_list_in_order() {
        assertThat(filter.clientOf("10.1.2.3", Arrays.asList("6.6.6.6", "198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void with_no_proxy_listed_nothing_in_the_header_is_believed() throws Exception {
        TrustedProxyFilter none = new TrustedProxyFilter(List.of());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wechat/user");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("X-Forwarded-For", "198.51.100.1");
        MockFilterChain chain = new MockFilterChain();

        none.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest().getRemoteAddr()).isEqualTo("10.1.2.3");
    }

    @Test
    void the_request_down_the_chain_carries_the_client_address() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/wechat/user");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader("X-Forwarded-For", "198.51.100.1");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest().getRemoteAddr()).isEqualTo("198.51.100.1");
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.0/8, 10.255.255.255, true", "10.0.0.0/8, 11.0.0.0, false", "192.0.2.10, 192.0.2.10, true",
            "192.0.2.10, 192.0.2.11, false", "172.16.0.0/12, 172.31.0.1, true", "172.16.0.0/12, 172.32.0.1, false",
            "2001:db8::/32, 2001:db8:ffff::1, true", "2001:db8::/32, 2001:db9::1, false", "10.0.0.0/8, fd00::1, false",
            "0.0.0.0/0, 8.8.8.8, true", "10.0.0.0/8, not-an-address, false"})
    void a_range_holds_the_addresses_of_its_network(String range, String address, boolean inside) {
        assertThat(AddressRange.parse(range).contains(address)).isEqualTo(inside);
    }

    @Test
    void a_range_is_an_address_literal_never_a_name() {
        assertThatThrownBy(() -> AddressRange.parse("localhost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("300.0.0.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressRange.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
