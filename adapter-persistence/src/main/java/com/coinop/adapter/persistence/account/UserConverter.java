package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.DomainValues;
import com.coinop.adapter.persistence.shared.StoredRows;
import com.coinop.domain.money.Money;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** {@link User} ↔ {@link UserDO}. The three account columns come from, and go back to, one {@link Account}. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING, uses = DomainValues.class,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
interface UserConverter {

    @Mapping(target = "openid", source = "openId")
    @Mapping(target = "totalAccount", source = "account.total")
    @Mapping(target = "usedAccount", source = "account.used")
    @Mapping(target = "balanceAccount", source = "account")
    UserDO toRow(User user);

    /** Through {@link User#withId} (a stored user always has its id) and {@link StoredRows}. */
    default User toDomain(UserDO row) {
        return StoredRows.read("users", row, UserDO::getId, stored -> User.withId(DomainValues.userId(stored.getId()),
                DomainValues.openId(stored.getOpenid()), stored.getNickName(), stored.getHeadImgUrl(),
                DomainValues.mobile(stored.getMobile()), toAccount(stored), DomainValues.userState(stored.getState()),
                stored.getCtime(), stored.getUtime()));
    }

    default Account toAccount(UserDO row) {
        return StoredRows.read("users", row, UserDO::getId,
                stored -> new Account(Money.ofFen(stored.getTotalAccount()), Money.ofFen(stored.getUsedAccount())));
    }

    default Long balanceFen(Account account) {
        return account.balance().fen();
    }
}
