package com.coinop.application.account.service;

import com.coinop.application.account.port.in.ListUsersUseCase;
import com.coinop.application.account.port.in.UserListQuery;
import com.coinop.application.account.port.out.ListUsersPort;
import com.coinop.application.account.port.out.LoadUserPort;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.domain.user.User;

import java.util.List;

/** Lists users newest first, or finds the one bound to a mobile (a list of one or none). */
public class ListUsersService implements ListUsersUseCase {

    private final ListUsersPort listUsersPort;
    private final LoadUserPort loadUserPort;

    public ListUsersService(ListUsersPort listUsersPort, LoadUserPort loadUserPort) {
        this.listUsersPort = listUsersPort;
        this.loadUserPort = loadUserPort;
    }

    @Override
    public Paged<User> listUsers(UserListQuery query) {
        PageQuery page = query.page();
        if (query.mobile() != null) {
            List<User> bound = loadUserPort.findByMobile(query.mobile()).stream().toList();
            return new Paged<>(bound.size(), page.reaches(bound.size()) ? bound : List.of());
        }
        long total = listUsersPort.countUsers();
        return new Paged<>(total, page.reaches(total) ? listUsersPort.findUsers(page.offset(), page.size()) : List.of());
    }
}
