package com.coinop.adapter.captcha.outbox;

import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.domain.user.Mobile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The local profile's SMS "provider": keeps the latest code per mobile in memory and prints it to the
 * console, so a developer signs in without a phone. Printing the code is its whole purpose, which is why
 * it is test code (this module's test-jar, for bin/run-local and the tests) and never in the production jar.
 */
public class LocalOutboxSmsSender implements SmsSenderPort {

    private static final Logger log = LoggerFactory.getLogger(LocalOutboxSmsSender.class);

    /** Enough for any local test run; the bound keeps a scripted load test from growing the heap. */
    public static final int DEFAULT_CAPACITY = 1_000;

    private final Map<String, String> latest;

    public LocalOutboxSmsSender() {
        this(DEFAULT_CAPACITY);
    }

    public LocalOutboxSmsSender(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be at least 1");
        }
        // insertion order + remove-before-put: the eldest entry is the mobile least recently sent to
        this.latest = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
        log.warn("SMS codes go to the local outbox (console and GET /sandbox/sms), not to phones");
    }

    @Override
    public void sendCode(Mobile mobile, String code) {
        synchronized (latest) {
            latest.remove(mobile.value());
            latest.put(mobile.value(), code);
        }
        log.info("[sms outbox] {} → {}", mobile.value(), code);
    }

    /** The last code sent to {@code mobile}, for the local sandbox endpoint. */
    public Optional<String> latestCode(Mobile mobile) {
        synchronized (latest) {
            return Optional.ofNullable(latest.get(mobile.value()));
        }
    }

    /** How many mobiles the outbox remembers now. */
    public int size() {
        synchronized (latest) {
            return latest.size();
        }
    }
}
