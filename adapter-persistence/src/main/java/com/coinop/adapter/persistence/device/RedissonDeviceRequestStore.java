package com.coinop.adapter.persistence.device;

import com.coinop.application.device.port.out.DeviceMessageLogPort;
import com.coinop.application.device.port.out.DeviceNoncePort;
import com.coinop.domain.device.DeviceId;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.redis;
import static com.coinop.adapter.persistence.shared.RedisTtl.requirePositive;

/**
 * What the machines' API remembers across instances, in Redis: the nonces of signed requests
 * ({@code coinop:device:<id>:nonce:<nonce>}) and the answers to messages
 * ({@code coinop:device:<id>:message:<message id>}), each one string key with a TTL, set with {@code SET NX}
 * so of two instances at once exactly one wins.
 */
@Component
public class RedissonDeviceRequestStore implements DeviceNoncePort, DeviceMessageLogPort {

    static final String KEY_PREFIX = "coinop:device:";

    private final RedissonClient redisson;

    public RedissonDeviceRequestStore(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public boolean claim(DeviceId id, String nonce, Duration ttl) {
        requirePositive(ttl);
        RBucket<String> bucket = bucket(id, "nonce", nonce);
        return redis(() -> bucket.setIfAbsent("1", ttl));
    }

    @Override
    public Optional<String> findAnswer(DeviceId id, String messageId) {
        RBucket<String> bucket = bucket(id, "message", messageId);
        return Optional.ofNullable(redis(bucket::get));
    }

    @Override
    public String saveAnswer(DeviceId id, String messageId, String answer, Duration ttl) {
        requirePositive(ttl);
        RBucket<String> bucket = bucket(id, "message", messageId);
        return redis(() -> {
            if (bucket.setIfAbsent(answer, ttl)) {
                return answer;
            }
            String first = bucket.get();
            // the first answer expired between the two calls: this one stands
            return first == null ? answer : first;
        });
    }

    private RBucket<String> bucket(DeviceId id, String kind, String name) {
        return redisson.getBucket(KEY_PREFIX + id.value() + ':' + kind + ':' + name, StringCodec.INSTANCE);
    }
}
