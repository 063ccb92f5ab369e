package com.coinop.adapter.persistence.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.BaseStatusListener;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A copy in memory of values whose truth lives in MySQL or Redis, kept by every instance and dropped
 * by every instance when a value changes: a change calls {@link #changed}, which drops the local copy
 * and tells the other instances over a Redis topic, after the surrounding transaction commits. Each
 * copy also ends after {@code ttl}, which bounds how stale it can be when a message is lost; after a
 * reconnection to Redis, when messages may have been missed, every copy is dropped.
 *
 * <p>A load that overlaps a change is not kept: a value read before the change committed must not
 * outlive the message that dropped it. Nothing is kept while the topic is not listened to (Redis
 * unreachable at start): without the messages a copy could not be trusted.
 *
 * @param <K> the key, sent on the topic as text
 */
public final class NearCache<K, V> {

    private static final Logger LOG = LoggerFactory.getLogger(NearCache.class);
    private static final Duration RETRY_LISTEN = Duration.ofSeconds(5);

    private final String name;
    private final Cache<K, V> copies;
    private final RTopic changes;
    private final Function<K, String> keyText;
    private final Function<String, K> parseKey;
    /** Counts the drops this instance has seen; a load keeps its value only if none happened meanwhile. */
    private final AtomicLong drops = new AtomicLong();
    private volatile boolean listening;
    private volatile long nextListenAttempt = System.nanoTime();

    public NearCache(String name, RedissonClient redisson, Duration ttl, long maxSize,
                     Function<K, String> keyText, Function<String, K> parseKey) {
        this.name = name;
        this.keyText = keyText;
        this.parseKey = parseKey;
        if (ttl == null || ttl.isNegative() || ttl.isZero() || maxSize < 1) {
            throw new IllegalArgumentException("a near cache keeps some copies for a positive time");
        }
        this.copies = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxSize).build();
        this.changes = redisson.getTopic("coinop:near-cache:" + name, StringCodec.INSTANCE);
        listen();
    }

    /** Subscribes to the changes of other instances; a failure is tried again a few seconds later. */
    private synchronized void listen() {
        if (listening || System.nanoTime() - nextListenAttempt < 0) {
            return;
        }
        int statusListener = -1;
        try {
            statusListener = changes.addListener(new BaseStatusListener() {
                @Override
                public void onSubscribe(String channel) {
                    // a (re)subscription may follow a gap in which changes went unheard
                    dropAllHere();
                }
            });
            changes.addListener(String.class, (channel, key) -> dropHere(key));
            listening = true;
        } catch (RuntimeException e) {
            nextListenAttempt = System.nanoTime() + RETRY_LISTEN.toNanos();
            forget(statusListener);
            LOG.warn("near cache {}: cannot listen to changes yet, keeping no copies: {}", name, e.toString());
        }
    }

    private void forget(int listener) {
        if (listener != -1) {
            try {
                changes.removeListener(listener);
            } catch (RuntimeException stillDown) {
                LOG.debug("near cache {}: listener {} stays until Redis answers", name, listener);
            }
        }
    }

    /** The copy of {@code key}'s value, or what {@code loader} finds (kept unless a change overlapped the load). */
    public Optional<V> get(K key, Supplier<Optional<V>> loader) {
        if (!listening) {
            listen();
            if (!listening) {
                return loader.get();
            }
        }
        V copy = copies.getIfPresent(key);
        if (copy != null) {
            return Optional.of(copy);
        }
        long dropsBefore = drops.get();
        Optional<V> loaded = loader.get();
        if (loaded.isPresent() && drops.get() == dropsBefore) {
            copies.put(key, loaded.get());
        }
        return loaded;
    }

    /** Keeps {@code value} as the copy of {@code key} (a value just written to the truth by this instance). */
    public void put(K key, V value) {
        if (listening) {
            copies.put(key, value);
        }
    }

    /**
     * {@code key}'s value changed: every instance drops its copy, at once here and, inside a transaction,
     * here again and everywhere once it commits (before that, others would only reload the old value).
     */
    public void changed(K key) {
        dropHere(keyText.apply(key));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dropEverywhere(key);
                }
            });
        } else {
            dropEverywhere(key);
        }
    }

    /** How many copies this instance holds (for tests and the curious). */
    public long size() {
        copies.cleanUp();
        return copies.estimatedSize();
    }

    private void dropEverywhere(K key) {
        String text = keyText.apply(key);
        dropHere(text);
        try {
            changes.publish(text);
        } catch (RuntimeException e) {
            // the change itself is committed; other instances' copies end with their ttl. The key is not
            // logged: a session cache's keys are session ids, credentials
            LOG.warn("near cache {}: could not tell other instances of a change", name, e);
        }
    }

    private void dropHere(String keyText) {
        drops.incrementAndGet();
        try {
            copies.invalidate(parseKey.apply(keyText));
        } catch (RuntimeException notOurs) {
            dropAllHere();
        }
    }

    private void dropAllHere() {
        drops.incrementAndGet();
        copies.invalidateAll();
    }
}
