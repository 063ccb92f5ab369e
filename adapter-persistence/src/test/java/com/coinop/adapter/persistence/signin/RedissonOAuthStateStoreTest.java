package com.coinop.adapter.persistence.signin;

import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.SessionId;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RedissonOAuthStateStore} as the {@link OAuthStateStorePort}, and what it keeps in Redis. */
class RedissonOAuthStateStoreTest extends OAuthStateStorePortContract {

    @Autowired
    private RedissonOAuthStateStore store;

    @Autowired
    private RedissonClient redisson;

    @Override
    protected OAuthStateStorePort store() {
        return store;
    }

    @Test
    void a_state_is_one_key_holding_session_and_page_that_expires() {
        SessionId session = SessionId.random();
        OAuthState state = OAuthState.start(session, "https://h5.example.com/#/home");

        store.save(state, Duration.ofMinutes(10));

        var bucket = redisson.getBucket(RedissonOAuthStateStore.KEY_PREFIX + state.value(), StringCodec.INSTANCE);
        assertThat(bucket.get()).isEqualTo(session.value() + "|https://h5.example.com/#/home");
        assertThat(bucket.remainTimeToLive()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10).toMillis());
    }

    @Test
    void a_value_this_store_did_not_write_is_no_state() {
        String value = OAuthState.start(SessionId.random(), "https://h5.example.com/").value();
        var bucket = redisson.getBucket(RedissonOAuthStateStore.KEY_PREFIX + value, StringCodec.INSTANCE);
        for (String garbage : new String[] {"", "no separator", "not-a-session-id|https://h5.example.com/"}) {
            bucket.set(garbage, Duration.ofMinutes(1));

            assertThat(store.find(value)).as("value %s", garbage).isEmpty();
        }
    }
}
