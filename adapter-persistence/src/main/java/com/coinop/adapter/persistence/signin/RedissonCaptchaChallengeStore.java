package com.coinop.adapter.persistence.signin;

import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.coinop.adapter.persistence.shared.DependencyGuard.redis;
import static com.coinop.adapter.persistence.shared.RedisTtl.requirePositive;

/**
 * Captcha challenges in Redis, one string key each with the registration's TTL; taking one is a
 * single GETDEL, so two instances can never both accept the same answer.
 */
@Component
public class RedissonCaptchaChallengeStore implements CaptchaChallengeStorePort {

    static final String KEY_PREFIX = "coinop:captcha:challenge:";
    private static final String SERVER_UP = "1";
    private static final String FAILBACK = "0";
    /**
     * Geetest challenges are 32 hex characters, and the page hands back the one it was given (Geetest checks
     * validate = md5(key + "geetest" + challenge) against it): a wide margin, no key tricks.
     */
    private static final Pattern CHALLENGE = Pattern.compile("[0-9A-Za-z]{1,64}");

    private final RedissonClient redisson;

    public RedissonCaptchaChallengeStore(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public void remember(String challenge, boolean serverUp, Duration ttl) {
        if (!isChallenge(challenge)) {
            throw new IllegalArgumentException("a challenge is kept under its own name");
        }
        requirePositive(ttl);
        RBucket<String> bucket = bucket(challenge);
        redis(() -> {
            bucket.set(serverUp ? SERVER_UP : FAILBACK, ttl);
            return null;
        });
    }

    @Override
    public Optional<Boolean> take(String challenge) {
        if (!isChallenge(challenge)) {
            return Optional.empty();
        }
        RBucket<String> bucket = bucket(challenge);
        String value = redis(bucket::getAndDelete);
        return value == null ? Optional.empty() : Optional.of(SERVER_UP.equals(value));
    }

    private static boolean isChallenge(String challenge) {
        return challenge != null && CHALLENGE.matcher(challenge).matches();
    }

    private RBucket<String> bucket(String challenge) {
        return redisson.getBucket(KEY_PREFIX + challenge, StringCodec.INSTANCE);
    }
}
