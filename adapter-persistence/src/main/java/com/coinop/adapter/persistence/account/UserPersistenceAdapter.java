package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.DomainValues;
import com.coinop.adapter.persistence.shared.DuplicateKey;
import com.coinop.adapter.persistence.shared.Transactions;
import com.coinop.application.account.port.out.ListUsersPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.account.port.out.SaveUserPort;
import com.coinop.domain.shared.IllegalStateTransitionException;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserDisabledException;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;
import com.coinop.domain.user.WechatProfile;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static com.coinop.adapter.persistence.shared.DependencyGuard.database;

/** Reads, registers, lists and disables or enables users in the {@code users} table. */
@Component
public class UserPersistenceAdapter implements LoadUserPort, SaveUserPort, ListUsersPort {

    private final UserMapper mapper;
    private final UserConverter converter;
    private final UserProfileCache profiles;

    UserPersistenceAdapter(UserMapper mapper, UserConverter converter, UserProfileCache profiles) {
        this.mapper = mapper;
        this.converter = converter;
        this.profiles = profiles;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findById(id.value()))));
    }

    @Override
    public Optional<User> lockById(UserId id) {
        Transactions.requireActive("locking a user");
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.lockById(id.value()))));
    }

    @Override
    public Optional<User> findByOpenId(OpenId openId) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findByOpenid(openId.value()))));
    }

    @Override
    public Optional<User> findByMobile(Mobile mobile) {
        return database(() -> Optional.ofNullable(converter.toDomain(mapper.findByMobile(mobile.value()))));
    }

    /** Two statements, so only inside a transaction: the other holder lets go, then this user takes it. */
    @Override
    public void bindOpenId(UserId userId, OpenId openId, LocalDateTime at) {
        Transactions.requireActive("bindOpenId");
        Optional<UserDO> otherHolder = Optional.ofNullable(database(() -> mapper.findByOpenid(openId.value())))
                .filter(holder -> !holder.getId().equals(userId.value()));
        if (otherHolder.isPresent() && !UserState.ACTIVE.equals(DomainValues.userState(otherHolder.get().getState()))) {
            // a disabled user's WeChat account stays theirs: it must not sign in again under another mobile
            throw new UserDisabledException(new UserId(otherHolder.get().getId()));
        }
        otherHolder.ifPresent(holder -> profiles.changed(new UserId(holder.getId())));
        database(() -> mapper.releaseOpenid(userId.value(), openId.value(), at));
        if (database(() -> mapper.bindOpenid(userId.value(), openId.value(), at)) == 0) {
            throw new UserNotFoundException(userId);
        }
        profiles.changed(userId);
    }

    @Override
    public void updateWechatProfile(UserId userId, WechatProfile profile, LocalDateTime at) {
        if (database(() -> mapper.updateWechatProfile(userId.value(), profile.nickName(), profile.headImgUrl(), at)) == 0) {
            throw new UserNotFoundException(userId);
        }
        profiles.changed(userId);
    }

    /** One conditional update; a user it does not change is told apart from a missing one by a read. */
    @Override
    public boolean changeState(UserId userId, UserState state, LocalDateTime at) {
        if (database(() -> mapper.changeState(userId.value(), state.code(), at)) > 0) {
            profiles.changed(userId);
            return true;
        }
        if (database(() -> mapper.findById(userId.value())) == null) {
            throw new UserNotFoundException(userId);
        }
        return false;
    }

    @Override
    public long countUsers() {
        return database(mapper::count);
    }

    @Override
    public List<User> findUsers(long offset, int limit) {
        return database(() -> mapper.findPage(offset, limit)).stream().map(converter::toDomain).toList();
    }

    /**
     * A new user starts with an empty account: money only ever arrives through
     * {@code AccountBalancePort} together with its ledger entry, or the ledger would no longer add up
     * to the balance.
     */
    @Override
    public User insert(User user) {
        InvalidValueException.require(user.id() == null, "INVALID_USER", "新用户不能已有编号");
        InvalidValueException.require(user.account().equals(Account.EMPTY), "INVALID_ACCOUNT", "新用户的账户必须为空");
        UserDO row = converter.toRow(user);
        try {
            database(() -> mapper.insert(row));
        } catch (DataAccessException e) {
            throw translateDuplicate(e);
        }
        return User.withId(new UserId(row.getId()), user.openId(), user.nickName(), user.headImgUrl(), user.mobile(),
                user.account(), user.state(), user.ctime(), user.utime());
    }

    private static RuntimeException translateDuplicate(DataAccessException e) {
        if (DuplicateKey.violates(e, "uk_users_openid")) {
            return new IllegalStateTransitionException("OPENID_ALREADY_REGISTERED", "该微信账号已注册");
        }
        if (DuplicateKey.violates(e, "uk_users_mobile")) {
            return new IllegalStateTransitionException("MOBILE_ALREADY_BOUND", "该手机号码已绑定其他账号");
        }
        return e;
    }
}
