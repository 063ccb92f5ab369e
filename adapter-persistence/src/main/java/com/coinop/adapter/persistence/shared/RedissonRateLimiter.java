package com.coinop.adapter.persistence.shared;

import com.coinop.application.shared.port.out.RateDecision;
import com.coinop.application.shared.port.out.RateLimit;
import com.coinop.application.shared.port.out.RateLimiterPort;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.coinop.adapter.persistence.shared.DependencyGuard.redis;

/**
 * Sliding-window limits in Redis: one sorted set of event times per subject. One Lua script checks
 * every limit of an event and records it in all of them only if all let it through, with Redis's own
 * clock, so instances whose clocks differ still count in one timeline.
 */
@Component
public class RedissonRateLimiter implements RateLimiterPort {

    static final String KEY_PREFIX = "coinop:rate:";

    /*
     * KEYS: one sorted set per limit. ARGV: the event's member (empty to only look), then max and
     * window (ms) per limit. Returns 0 when the event passes (and is counted unless only looked at),
     * else the milliseconds until the tightest broken limit frees a place (at least 1).
     */
    private static final String ACQUIRE = """
            redis.replicate_commands()
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local wait = 0
            for i, key in ipairs(KEYS) do
                local max = tonumber(ARGV[2 * i])
                local window = tonumber(ARGV[2 * i + 1])
                redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
                if redis.call('ZCARD', key) >= max then
                    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
                    local free = tonumber(oldest[2]) + window - now
                    if free < 1 then free = 1 end
                    if free > wait then wait = free end
                end
            end
            if wait > 0 or ARGV[1] == '' then return wait end
            for i, key in ipairs(KEYS) do
                redis.call('ZADD', key, now, ARGV[1])
                redis.call('PEXPIRE', key, tonumber(ARGV[2 * i + 1]))
            end
            return 0
            """;

    private final RedissonClient redisson;

    public RedissonRateLimiter(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public RateDecision acquire(List<RateLimit> limits) {
        return run(limits, UUID.randomUUID().toString());
    }

    @Override
    public RateDecision peek(List<RateLimit> limits) {
        return run(limits, "");
    }

    private RateDecision run(List<RateLimit> limits, String member) {
        if (limits == null || limits.isEmpty()) {
            throw new IllegalArgumentException("an event is counted against at least one limit");
        }
        List<Object> keys = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        args.add(member);
        for (RateLimit limit : limits) {
            keys.add(KEY_PREFIX + limit.subject());
            args.add(String.valueOf(limit.max()));
            args.add(String.valueOf(limit.window().toMillis()));
        }
        Long waitMillis = redis(() -> redisson.getScript(StringCodec.INSTANCE).<Long>eval(RScript.Mode.READ_WRITE,
                ACQUIRE, RScript.ReturnType.LONG, keys, args.toArray()));
        return waitMillis == 0 ? RateDecision.allow() : RateDecision.refuse(Duration.ofMillis(waitMillis));
    }
}
