package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.shared.NearCacheProperties;
import com.coinop.adapter.persistence.testing.Eventually;
import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.adapter.persistence.testing.Unreachable;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.WechatProfile;
import org.junit.jupiter.api.Test;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RedissonSessionStore} as the {@link SessionStorePort}, and what it keeps in Redis. */
class RedissonSessionStoreTest extends SessionStorePortContract {

    private static final NearCacheProperties NEAR_CACHE = new NearCacheProperties(Duration.ofSeconds(2), 1000);

    @Autowired
    private RedissonClient redisson;

    @Autowired
    private RedissonSessionStore configuredStore;

    @Override
    protected SessionStorePort store(Duration idleTimeout, Duration absoluteTimeout, TestClock clock) {
        return new RedissonSessionStore(redisson, new SessionProperties(idleTimeout, absoluteTimeout), NEAR_CACHE, clock);
    }

    @Test
    void a_session_is_one_string_key_with_the_idle_timeout_as_ttl() {
        Session created = store(Duration.ofMinutes(5), ABSOLUTE, clock).create(new OpenId("o|a"), new UserId(12));

        RBucket<String> bucket = bucket(created.id());
        assertThat(bucket.get()).isEqualTo("2|" + clock.instant().toEpochMilli() + "|12|||o|a");
        assertThat(bucket.remainTimeToLive()).isBetween(Duration.ofMinutes(4).toMillis(), Duration.ofMinutes(5).toMillis());
    }

    @Test
    void the_wechat_profile_is_stored_url_encoded_before_the_openid() {
        SessionStorePort store = store(Duration.ofMinutes(5), ABSOLUTE, clock);
        Session created = store.create(new OpenId("o-1"), null);

        Session rotated = store.rotate(new Session(created.id(), new OpenId("o-1"), null,
                new WechatProfile("阿|二 100%", "https://x/a?b=1|2")));

        assertThat(bucket(rotated.id()).get()).isEqualTo("2|" + clock.instant().toEpochMilli()
                + "||%E9%98%BF%7C%E4%BA%8C+100%25|https%3A%2F%2Fx%2Fa%3Fb%3D1%7C2|o-1");
    }

    @Test
    void a_session_written_before_profiles_were_kept_is_still_read() {
        SessionId id = SessionId.random();
        bucket(id).set("1|" + clock.instant().toEpochMilli() + "|12|o|a", Duration.ofMinutes(1));

        assertThat(store(Duration.ofMinutes(5), ABSOLUTE, clock).find(id))
                .contains(new Session(id, new OpenId("o|a"), new UserId(12)));
    }

    @Test
    void a_session_read_again_within_a_moment_is_answered_from_this_instance_s_copy() {
        SessionStorePort store = store(Duration.ofMinutes(5), ABSOLUTE, clock);
        Session created = store.create(new OpenId("o-copy"), new UserId(3));
        assertThat(store.find(created.id())).isPresent();

        // behind the store's back: only a copy can still answer
        bucket(created.id()).delete();

        assertThat(store.find(created.id())).contains(created);
    }

    @Test
    void a_session_ended_on_one_instance_is_gone_on_every_other_at_once() throws InterruptedException {
        SessionStorePort one = store(Duration.ofMinutes(5), ABSOLUTE, clock);
        SessionStorePort other = store(Duration.ofMinutes(5), ABSOLUTE, clock);
        Session created = one.create(new OpenId("o-two-instances"), new UserId(4));
        assertThat(other.find(created.id())).as("the other instance now holds a copy").isPresent();

        one.delete(created.id());

        assertThat(Eventually.holds(() -> other.find(created.id()).isEmpty())).isTrue();
    }

    @Test
    void a_rotated_session_id_is_gone_on_every_other_instance() throws InterruptedException {
        SessionStorePort one = store(Duration.ofMinutes(5), ABSOLUTE, clock);
        SessionStorePort other = store(Duration.ofMinutes(5), ABSOLUTE, clock);
        Session anonymous = one.create(new OpenId("o-rotated"), null);
        assertThat(other.find(anonymous.id())).isPresent();

        Session signedIn = one.rotate(new Session(anonymous.id(), anonymous.openId(), new UserId(5)));

        assertThat(Eventually.holds(() -> other.find(anonymous.id()).isEmpty())).isTrue();
        assertThat(other.find(signedIn.id())).contains(signedIn);
    }

    @Test
    void the_configured_store_uses_the_default_limits() {
        Session created = configuredStore.create(null, null);

        long ttl = bucket(created.id()).remainTimeToLive();
        configuredStore.delete(created.id());

        assertThat(ttl).isBetween(Duration.ofMinutes(29).toMillis(), Duration.ofMinutes(30).toMillis());
    }

    @Test
    void a_value_this_store_did_not_write_is_no_session_and_is_removed() {
        SessionStorePort store = store(Duration.ofMinutes(5), ABSOLUTE, clock);
        for (String garbage : new String[] {"", "hello", "2|1|2|o", "2|1|2|||", "3|1|2|||o", "1|x|2|o", "1|1|-5|o", "1|1|2", "1|1|0|o", "1|1||   "}) {
            SessionId id = SessionId.random();
            bucket(id).set(garbage, Duration.ofMinutes(1));

            assertThat(store.find(id)).as("value %s", garbage).isEmpty();
            assertThat(bucket(id).isExists()).as("value %s removed", garbage).isFalse();
        }
    }

    @Test
    void an_unreachable_redis_is_reported_as_unavailable() {
        RedissonClient unreachable = Unreachable.redis();
        try {
            SessionStorePort store = new RedissonSessionStore(unreachable, new SessionProperties(IDLE, ABSOLUTE), NEAR_CACHE, clock);

            assertThatThrownBy(() -> store.find(SessionId.random()))
                    .isInstanceOf(DependencyUnavailableException.class)
                    .extracting(e -> ((DependencyUnavailableException) e).dependency()).isEqualTo("redis");
            assertThatThrownBy(() -> store.create(null, null)).isInstanceOf(DependencyUnavailableException.class);
        } finally {
            unreachable.shutdown();
        }
    }

    private RBucket<String> bucket(SessionId id) {
        return redisson.getBucket(RedissonSessionStore.KEY_PREFIX + id.value(), StringCodec.INSTANCE);
    }
}
