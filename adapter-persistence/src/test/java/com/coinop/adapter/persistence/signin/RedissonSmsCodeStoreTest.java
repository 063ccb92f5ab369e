package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.application.signin.port.out.SmsCodeCheck;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Mobile;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RedissonSmsCodeStore} as the {@link SmsCodeStorePort}, and what it keeps in Redis. */
class RedissonSmsCodeStoreTest extends SmsCodeStorePortContract {

    @Autowired
    private RedissonSmsCodeStore store;

    @Autowired
    private RedissonClient redisson;

    @Autowired
    private TestClock clock;

    @Override
    protected SmsCodeStorePort store() {
        return store;
    }

    @Test
    void only_the_hash_is_kept_with_the_code_s_ttl_and_a_wrong_try_does_not_extend_it() throws InterruptedException {
        Mobile mobile = TestUsers.activeUser().build().mobile();
        store.save(mobile, OWNER, "5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5", Duration.ofSeconds(60));
        var map = redisson.getMap(RedissonSmsCodeStore.key(mobile, OWNER), StringCodec.INSTANCE);

        assertThat(map.readAllMap()).containsOnlyKeys("hash", "tries", "expires")
                .containsEntry("hash", "5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5")
                .containsEntry("tries", "0");
        long ttlBefore = map.remainTimeToLive();
        Thread.sleep(1_100);
        store.check(mobile, OWNER, "wrong", 5);
        assertThat(map.remainTimeToLive()).isPositive().isLessThan(ttlBefore);
        assertThat(map.readAllMap()).containsEntry("tries", "1");
    }

    @Test
    void a_code_ends_on_the_application_clock_whatever_redis_still_keeps() {
        Mobile mobile = TestUsers.activeUser().build().mobile();
        String hash = "5994471abb01112afcc18159f6cc74b4f511b99806da59b3caf5a9c173cacfc5";
        store.save(mobile, OWNER, hash, Duration.ofMinutes(5));

        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertThat(store.check(mobile, OWNER, "wrong", 5)).isEqualTo(SmsCodeCheck.WRONG);
        clock.advance(Duration.ofMillis(1));

        assertThat(store.check(mobile, OWNER, hash, 5)).isEqualTo(SmsCodeCheck.NONE);
        assertThat(redisson.getMap(RedissonSmsCodeStore.key(mobile, OWNER), StringCodec.INSTANCE).isExists())
                .isFalse();
    }
}
