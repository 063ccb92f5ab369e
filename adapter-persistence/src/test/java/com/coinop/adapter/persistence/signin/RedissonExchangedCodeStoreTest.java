package com.coinop.adapter.persistence.signin;

import com.coinop.application.signin.port.out.ExchangedCode;
import com.coinop.application.signin.port.out.ExchangedCodeStorePort;
import com.coinop.application.signin.port.out.OAuthCode;
import com.coinop.application.signin.port.out.WechatIdentity;
import com.coinop.domain.user.OpenId;
import org.junit.jupiter.api.Test;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RedissonExchangedCodeStore} as the {@link ExchangedCodeStorePort}, and what it keeps in Redis. */
class RedissonExchangedCodeStoreTest extends ExchangedCodeStorePortContract {

    @Autowired
    private RedissonExchangedCodeStore store;

    @Autowired
    private RedissonClient redisson;

    @Override
    protected ExchangedCodeStorePort store() {
        return store;
    }

    @Test
    void the_key_is_the_code_s_digest_and_the_code_itself_is_kept_nowhere() {
        OAuthCode code = aCode();

        store.save(code, new ExchangedCode("0123456789abcdef0123456789abcdef", new WechatIdentity(new OpenId("o-1"), null)),
                Duration.ofMinutes(5));

        RBucket<String> bucket = redisson.getBucket(RedissonExchangedCodeStore.KEY_PREFIX + code.digest(), StringCodec.INSTANCE);
        assertThat(bucket.get()).isEqualTo("0123456789abcdef0123456789abcdef|||o-1").doesNotContain(code.value());
        assertThat(redisson.getKeys().getKeysStreamByPattern("*" + code.value() + "*").count()).isZero();
        assertThat(bucket.remainTimeToLive()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5).toMillis());
    }
}
