package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.signin.port.out.ExchangedCode;
import com.coinop.application.signin.port.out.ExchangedCodeStorePort;
import com.coinop.application.signin.port.out.OAuthCode;
import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.WechatIdentity;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.WechatProfile;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ExchangedCodeStorePort} does: what a code was exchanged for is found by the code, for a time. */
public abstract class ExchangedCodeStorePortContract extends PersistenceIntegrationTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract ExchangedCodeStorePort store();

    protected static OAuthCode aCode() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new OAuthCode(HexFormat.of().formatHex(bits));
    }

    private static String aState() {
        return OAuthState.start(SessionId.random(), "https://h5.example.com/").value();
    }

    @Test
    void an_exchanged_code_is_found_with_its_state_openid_and_profile() {
        OAuthCode code = aCode();
        ExchangedCode exchanged = new ExchangedCode(aState(), new WechatIdentity(new OpenId("o|weird%id"),
                new WechatProfile("王小二 🐼 |\"阿二\" 100%", "https://thirdwx.qlogo.cn/mmopen/a|b/132")));

        store().save(code, exchanged, FIVE_MINUTES);

        assertThat(store().find(code)).contains(exchanged);
    }

    @Test
    void an_identity_without_profile_round_trips() {
        OAuthCode code = aCode();
        ExchangedCode exchanged = new ExchangedCode(aState(), new WechatIdentity(new OpenId("o-base"), WechatProfile.NONE));

        store().save(code, exchanged, FIVE_MINUTES);

        assertThat(store().find(code)).contains(exchanged);
    }

    @Test
    void an_unknown_code_is_empty() {
        assertThat(store().find(aCode())).isEmpty();
    }

    @Test
    void a_code_is_forgotten_after_its_time() throws InterruptedException {
        OAuthCode code = aCode();
        store().save(code, new ExchangedCode(aState(), new WechatIdentity(new OpenId("o-1"), null)), Duration.ofMillis(300));

        Thread.sleep(1_000);

        assertThat(store().find(code)).isEmpty();
    }

    @Test
    void a_time_that_is_not_positive_is_refused() {
        ExchangedCode exchanged = new ExchangedCode(aState(), new WechatIdentity(new OpenId("o-1"), null));

        assertThatThrownBy(() -> store().save(aCode(), exchanged, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
