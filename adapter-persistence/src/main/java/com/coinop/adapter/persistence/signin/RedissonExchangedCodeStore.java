package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.shared.StoredText;
import com.coinop.application.signin.port.out.ExchangedCode;
import com.coinop.application.signin.port.out.ExchangedCodeStorePort;
import com.coinop.application.signin.port.out.OAuthCode;
import com.coinop.application.signin.port.out.WechatIdentity;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.WechatProfile;
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
 * Exchanged OAuth codes in Redis, keyed by the code's digest (the code itself is never stored):
 * {@code <state>|<nickname>|<avatar>|<openid>}, nickname and avatar URL-encoded, the openid last.
 */
@Component
public class RedissonExchangedCodeStore implements ExchangedCodeStorePort {

    static final String KEY_PREFIX = "coinop:oauth:code:";
    private static final String SEPARATOR = "|";
    private static final int FIELDS = 4;

    private final RedissonClient redisson;

    public RedissonExchangedCodeStore(RedissonClient redisson) {
        this.redisson = redisson;
    }

    @Override
    public void save(OAuthCode code, ExchangedCode exchanged, Duration ttl) {
        requirePositive(ttl);
        if (exchanged.state().contains(SEPARATOR)) {
            throw new IllegalArgumentException("a state never holds " + SEPARATOR);
        }
        WechatIdentity identity = exchanged.identity();
        String value = exchanged.state() + SEPARATOR + StoredText.encode(identity.profile().nickName())
                + SEPARATOR + StoredText.encode(identity.profile().headImgUrl()) + SEPARATOR + identity.openId().value();
        RBucket<String> bucket = bucket(code);
        redis(() -> {
            bucket.set(value, ttl);
            return null;
        });
    }

    @Override
    public Optional<ExchangedCode> find(OAuthCode code) {
        RBucket<String> bucket = bucket(code);
        String stored = redis(bucket::get);
        if (stored == null) {
            return Optional.empty();
        }
        String[] fields = stored.split(Pattern.quote(SEPARATOR), FIELDS);
        if (fields.length != FIELDS) {
            return Optional.empty();
        }
        WechatProfile profile = new WechatProfile(StoredText.decode(fields[1]), StoredText.decode(fields[2]));
        return Optional.of(new ExchangedCode(fields[0], new WechatIdentity(new OpenId(fields[3]), profile)));
    }

    private RBucket<String> bucket(OAuthCode code) {
        return redisson.getBucket(KEY_PREFIX + code.digest(), StringCodec.INSTANCE);
    }
}
