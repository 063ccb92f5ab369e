package com.coinop.adapter.persistence.signin;

import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RedissonCaptchaChallengeStore} as the {@link CaptchaChallengeStorePort}, and what it keeps in Redis. */
class RedissonCaptchaChallengeStoreTest extends CaptchaChallengeStorePortContract {

    @Autowired
    private RedissonCaptchaChallengeStore store;

    @Autowired
    private RedissonClient redisson;

    @Override
    protected CaptchaChallengeStorePort store() {
        return store;
    }

    @Test
    void a_challenge_is_one_key_that_expires() {
        String challenge = "0123456789abcdef0123456789abcdef";
        store.remember(challenge, false, Duration.ofMinutes(5));

        var bucket = redisson.getBucket(RedissonCaptchaChallengeStore.KEY_PREFIX + challenge, StringCodec.INSTANCE);
        assertThat(bucket.get()).isEqualTo("0");
        assertThat(bucket.remainTimeToLive()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5).toMillis());
        store.take(challenge);
    }
}
