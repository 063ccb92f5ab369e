package com.coinop.adapter.persistence.signin;

import com.coinop.application.signin.port.out.SmsCodeCheck;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static com.coinop.adapter.persistence.shared.DependencyGuard.redis;
import static com.coinop.adapter.persistence.shared.RedisTtl.requirePositive;

/**
 * Sign-in codes in Redis: one hash per mobile and requester ({@code hash}, {@code tries}, {@code expires})
 * with the code's TTL, the requester named by a digest of its openid. Saving replaces the hash and its tries in one script; checking compares, counts and
 * deletes in one script, so concurrent guesses on several instances are counted one by one and a code
 * matches once. A code ends at {@code expires}, read on the application's clock (so a test can move
 * past it); the key's TTL only cleans up.
 */
@Component
public class RedissonSmsCodeStore implements SmsCodeStorePort {

    static final String KEY_PREFIX = "coinop:sms-code:";

    private static final String SAVE = """
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], 'hash', ARGV[1], 'tries', 0, 'expires', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """;

    /* Keeps the key's TTL on a wrong try: HINCRBY does not touch it, so retries cannot extend a code's life. */
    private static final String CHECK = """
            local stored = redis.call('HGET', KEYS[1], 'hash')
            if not stored then return 'NONE' end
            local expires = tonumber(redis.call('HGET', KEYS[1], 'expires'))
            if expires and tonumber(ARGV[3]) >= expires then
                redis.call('DEL', KEYS[1])
                return 'NONE'
            end
            if stored == ARGV[1] then
                redis.call('DEL', KEYS[1])
                return 'MATCHED'
            end
            local tries = redis.call('HINCRBY', KEYS[1], 'tries', 1)
            if tries >= tonumber(ARGV[2]) then
                redis.call('DEL', KEYS[1])
                return 'EXHAUSTED'
            end
            return 'WRONG'
            """;

    private final RedissonClient redisson;
    private final Clock clock;

    public RedissonSmsCodeStore(RedissonClient redisson, Clock clock) {
        this.redisson = redisson;
        this.clock = clock;
    }

    @Override
    public void save(Mobile mobile, OpenId requester, String codeHash, Duration ttl) {
        requireHash(codeHash);
        requirePositive(ttl);
        redis(() -> script().<Long>eval(RScript.Mode.READ_WRITE, SAVE, RScript.ReturnType.LONG,
                List.<Object>of(key(mobile, requester)), codeHash, String.valueOf(ttl.toMillis()),
                String.valueOf(clock.millis() + ttl.toMillis())));
    }

    @Override
    public SmsCodeCheck check(Mobile mobile, OpenId requester, String codeHash, int maxAttempts) {
        requireHash(codeHash);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one try is allowed");
        }
        String outcome = redis(() -> script().<String>eval(RScript.Mode.READ_WRITE, CHECK, RScript.ReturnType.STRING,
                List.<Object>of(key(mobile, requester)), codeHash, String.valueOf(maxAttempts),
                String.valueOf(clock.millis())));
        return SmsCodeCheck.valueOf(outcome);
    }

    private static void requireHash(String codeHash) {
        if (codeHash == null || codeHash.isBlank()) {
            throw new IllegalArgumentException("a code is stored and checked by its hash");
        }
    }

    private RScript script() {
        return redisson.getScript(StringCodec.INSTANCE);
    }

    /** The mobile first, so all codes of a mobile sit together when an operator looks. */
    static String key(Mobile mobile, OpenId requester) {
        return KEY_PREFIX + mobile.value() + ":" + digest(requester.value());
    }

    private static String digest(String value) {
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
