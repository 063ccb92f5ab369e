package com.coinop.adapter.persistence.account;

import com.coinop.adapter.persistence.shared.DomainValues;
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

    /** Through {@link User#withId}: a stored user always has its id. */
    default User toDomain(UserDO row) {
        if (row == null) {
            return null;
        }
        return User.withId(DomainValues.userId(row.getId()), DomainValues.openId(row.getOpenid()), row.getNickName(),
                row.getHeadImgUrl(), DomainValues.mobile(row.getMobile()), toAccount(row),
                DomainValues.userState(row.getState()), row.getCtime(), row.getUtime());
    }

    default Account toAccount(UserDO row) {
        return new Account(Money.ofFen(row.getTotalAccount()), Money.ofFen(row.getUsedAccount()));
    }

    default Long balanceFen(Account account) {
        return account.balance().fen();
    }
}
