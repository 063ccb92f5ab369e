package com.coinop.adapter.persistence.signin;

import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.SessionId;
import org.redisson.api.RBucket;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.redis;
import static com.coinop.adapter.persistence.shared.RedisTtl.requirePositive;

/**
 * OAuth states in Redis, one string key each ({@code <session id>|<page>}) with the round trip's TTL,
 * so the callback may land on any instance.
 */
@Component
public class RedissonOAuthStateStore implements OAuthStateStorePort {

    static final String KEY_PREFIX = "coinop:oauth:state:";
    private static final char SEPARATOR = '|';

    private final RedissonClient redisson;

    public RedissonOAuthStateStore(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public void save(OAuthState state, Duration ttl) {
        requirePositive(ttl);
        RBucket<String> bucket = bucket(state.value());
        // a session id never holds the separator, so the page after it may hold anything
        String value = state.sessionId().value() + SEPARATOR + state.redirect();
        redis(() -> {
            bucket.set(value, ttl);
            return null;
        });
    }

    /** {@code SET … XX KEEPTTL}: only a key that still exists, its TTL untouched (Redis 6.0+). */
    @Override
    public void update(OAuthState state) {
        String value = state.sessionId().value() + SEPARATOR + state.redirect();
        redis(() -> redisson.getScript(StringCodec.INSTANCE).<Object>eval(RScript.Mode.READ_WRITE,
                "return redis.call('SET', KEYS[1], ARGV[1], 'XX', 'KEEPTTL')", RScript.ReturnType.VALUE,
                List.<Object>of(KEY_PREFIX + state.value()), value));
    }

    @Override
    public Optional<OAuthState> find(String value) {
        if (!OAuthState.isWellFormed(value)) {
            return Optional.empty();
        }
        RBucket<String> bucket = bucket(value);
        String stored = redis(bucket::get);
        int separator = stored == null ? -1 : stored.indexOf(SEPARATOR);
        if (separator < 0) {
            return Optional.empty();
        }
        return SessionId.parse(stored.substring(0, separator))
                .map(sessionId -> new OAuthState(value, sessionId, stored.substring(separator + 1)));
    }

    private RBucket<String> bucket(String value) {
        return redisson.getBucket(KEY_PREFIX + value, StringCodec.INSTANCE);
    }
}
