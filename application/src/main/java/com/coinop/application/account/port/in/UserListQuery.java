package com.coinop.application.account.port.in;

import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.Mobile;

/** A page of users for operators; with a {@code mobile}, only the user bound to it (null: every user). */
public record UserListQuery(PageQuery page, Mobile mobile) {

    public UserListQuery {
        InvalidValueException.require(page != null, "INVALID_PAGE", "page 缺失");
    }
}
