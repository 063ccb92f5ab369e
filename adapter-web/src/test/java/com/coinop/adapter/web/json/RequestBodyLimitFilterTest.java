package com.coinop.adapter.web.json;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A body past the cap is refused before it is read, or at the first byte past it when its length is not declared. */
class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(100, JsonMapper.builder().build());

    @Test
    void a_declared_length_past_the_cap_is_413_with_the_envelope_and_reaches_no_handler() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/wechat/login");
        request.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("{\"success\":false,\"result\":null,\"error\":\"请求体过大 (最多 100 字节)\",\"error_code\":\"PAYLOAD_TOO_LARGE\"}");
    }

    @Test
    void a_body_of_undeclared_length_stops_at_the_first_byte_past_the_cap() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/wechat/login") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[10_000]);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        InputStream body = chain.getRequest().getInputStream();
        assertThat(body.readNBytes(100)).hasSize(100);
        assertThatThrownBy(body::read).isInstanceOf(RequestBodyLimitFilter.BodyTooLargeException.class);
    }

    @Test
    void a_body_within_the_cap_is_read_whole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/wechat/login");
        request.setContent("{\"mobile\":\"13800138000\",\"code\":\"123456\"}".getBytes(StandardCharsets.UTF_8));
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"mobile\":\"13800138000\",\"code\":\"123456\"}");
    }
}
