package com.coinop.adapter.web;

import com.coinop.application.device.port.in.AuthenticateDeviceUseCase;
import com.coinop.application.signin.port.in.ResolveSessionUseCase;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import jakarta.servlet.http.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/** Shared set-up of the @WebMvcTest classes: MockMvc, the session use case, signed-in cookies, exact JSON checks. */
public abstract class WebMvcTestSupport {

    public static final String COOKIE = "COINOP_SESSION";

    /* Keeps 12.50 as 12.50 when the expected text is compacted, so the comparison sees the decimals. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected ResolveSessionUseCase resolveSession;

    /** The machines' signature check, which the adapter's configuration needs in every slice. */
    @MockitoBean
    protected AuthenticateDeviceUseCase authenticateDevice;

    /** A cookie whose session is signed in as {@code userId}. */
    protected Cookie signedInAs(long userId) {
        return cookieFor(new OpenId("o-user-" + userId), new UserId(userId));
    }

    /** A cookie whose session has the WeChat openid only, no user yet. */
    protected Cookie openIdOnly() {
        return cookieFor(new OpenId("o-anonymous"), null);
    }

    protected Cookie cookieFor(OpenId openId, UserId userId) {
        SessionId id = SessionId.random();
        given(resolveSession.resolve(id)).willReturn(Optional.of(new Session(id, openId, userId)));
        return new Cookie(COOKIE, id.value());
    }

    /**
     * The body is exactly {@code expected}, byte for byte once whitespace is taken out: key order,
     * nulls, and numbers as written ({@code 12.50} is not {@code 12.5}).
     */
    protected static ResultMatcher exactJson(String expected) {
        String compact = EXACT.writeValueAsString(EXACT.readTree(expected));
        return result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(compact);
    }

    /** An error envelope with {@code status}'s code and a message containing each of {@code words}. */
    protected static ResultMatcher errorEnvelope(String code, String... words) {
        return result -> {
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            JsonMapper mapper = JsonMapper.builder().build();
            var tree = mapper.readTree(body);
            assertThat(tree.propertyNames()).containsExactly("success", "result", "error", "error_code");
            assertThat(tree.get("success").asBoolean()).isFalse();
            assertThat(tree.get("result").isNull()).isTrue();
            assertThat(tree.get("error_code").asString()).isEqualTo(code);
            assertThat(tree.get("error").asString()).isNotBlank();
            for (String word : words) {
                assertThat(tree.get("error").asString()).contains(word);
            }
            assertThat(result.getResponse().getContentType()).startsWith("application/json");
        };
    }
}
