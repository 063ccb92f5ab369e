package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.shared.NearCache;
import com.coinop.adapter.persistence.shared.NearCacheProperties;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.WechatProfile;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.redis;

/**
 * Server-side sessions in Redis, shared by every instance: one string key per session whose TTL is the
 * idle timeout; the absolute limit is checked against the creation time stored in the value. Each
 * instance keeps a copy of the sessions it reads for a moment ({@code coinop.near-cache.ttl}, at most a
 * quarter of the idle timeout): a read within that moment costs no Redis round trip, and the first
 * read after it renews the idle timeout. Ending or rotating a session drops the copies everywhere.
 */
@Component
public class RedissonSessionStore implements SessionStorePort {

    static final String KEY_PREFIX = "coinop:session:";
    private static final int MAX_ID_ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(RedissonSessionStore.class);

    private final RedissonClient redisson;
    private final SessionProperties properties;
    private final Clock clock;
    private final NearCache<SessionId, StoredSession> copies;

    public RedissonSessionStore(RedissonClient redisson, SessionProperties properties, NearCacheProperties nearCache,
                                Clock clock) {
        this.redisson = redisson;
        this.properties = properties;
        this.clock = clock;
        Duration quarterOfIdle = properties.idleTimeout().dividedBy(4);
        Duration copyFor = nearCache.ttl().compareTo(quarterOfIdle) < 0 ? nearCache.ttl() : quarterOfIdle;
        this.copies = new NearCache<>("session", redisson, copyFor, nearCache.maxEntries(), SessionId::value, SessionId::new);
    }

    @Override
    public Session create(OpenId openId, UserId userId) {
        return store(new StoredSession(clock.instant(), openId, userId, WechatProfile.NONE));
    }

    /** From this instance's copy, else one round trip: GETEX reads the value and restarts the idle timeout together. */
    @Override
    public Optional<Session> find(SessionId id) {
        Optional<StoredSession> stored = copies.get(id, () -> read(id));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (isPastAbsoluteLimit(stored.get())) {
            delete(id);
            return Optional.empty();
        }
        return Optional.of(stored.get().toSession(id));
    }

    private Optional<StoredSession> read(SessionId id) {
        RBucket<String> bucket = bucket(id);
        String value = redis(() -> bucket.getAndExpire(properties.idleTimeout()));
        if (value == null) {
            return Optional.empty();
        }
        Optional<StoredSession> stored = StoredSession.decode(value);
        if (stored.isEmpty()) {
            LOG.warn("session {} holds a value this store did not write; deleting it", id);
            delete(id);
        }
        return stored;
    }

    /**
     * The old id is taken away first (GETDEL), so it cannot be used once a new one exists. The
     * absolute limit keeps counting from the first creation; a session already gone or past that limit
     * starts a new one, as the caller has just authenticated.
     */
    @Override
    public Session rotate(Session session) {
        RBucket<String> old = bucket(session.id());
        String oldValue = redis(old::getAndDelete);
        copies.changed(session.id());
        Instant created = StoredSession.decode(oldValue)
                .filter(previous -> !isPastAbsoluteLimit(previous))
                .map(StoredSession::created)
                .orElseGet(clock::instant);
        return store(new StoredSession(created, session.openId(), session.userId(), session.wechatProfile()));
    }

    @Override
    public void delete(SessionId id) {
        RBucket<String> bucket = bucket(id);
        redis(bucket::delete);
        copies.changed(id);
    }

    /** SET NX: a new random id never overwrites a live session, however unlikely the collision. */
    private Session store(StoredSession stored) {
        String value = stored.encode();
        for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
            SessionId id = SessionId.random();
            RBucket<String> bucket = bucket(id);
            if (redis(() -> bucket.setIfAbsent(value, properties.idleTimeout()))) {
                copies.put(id, stored);
                return stored.toSession(id);
            }
        }
        throw new IllegalStateException("no free session id after " + MAX_ID_ATTEMPTS + " random attempts");
    }

    private boolean isPastAbsoluteLimit(StoredSession stored) {
        return !clock.instant().isBefore(stored.created().plus(properties.absoluteTimeout()));
    }

    private RBucket<String> bucket(SessionId id) {
        return redisson.getBucket(KEY_PREFIX + id.value(), StringCodec.INSTANCE);
    }
}
