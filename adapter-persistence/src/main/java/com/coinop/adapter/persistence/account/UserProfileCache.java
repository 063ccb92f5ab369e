package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.NearCache;
import com.coinop.adapter.persistence.shared.NearCacheProperties;
import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/**
 * Users as shown on the page, answered from memory: the copy of a user is dropped on every instance
 * whenever this adapter changes the row (balance, binding, profile), once the change commits.
 * Every statement that updates {@code users} must call {@link #changed}.
 */
@Component
public class UserProfileCache implements LoadUserProfilePort {

    private final NearCache<UserId, User> copies;
    private final UserMapper mapper;
    private final UserConverter converter;

    UserProfileCache(RedissonClient redisson, NearCacheProperties properties, UserMapper mapper, UserConverter converter) {
        this.copies = new NearCache<>("user", redisson, properties.ttl(), properties.maxEntries(),
                id -> Long.toString(id.value()), text -> new UserId(Long.parseLong(text)));
        this.mapper = mapper;
        this.converter = converter;
    }

    @Override
    public Optional<User> findProfile(UserId id) {
        return copies.get(id, () -> database(() -> Optional.ofNullable(converter.toDomain(mapper.findById(id.value())))));
    }

    /** The user's row changed (or is about to, in the current transaction). */
    void changed(UserId id) {
        copies.changed(id);
    }
}
