package com.coinop.adapter.web.account;

import com.coinop.adapter.web.history.PageResponse;
import com.coinop.adapter.web.security.AdminApi;
import com.coinop.adapter.web.shared.AdminAudit;
import com.coinop.adapter.web.shared.AdminParameters;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.account.port.in.DisableUserUseCase;
import com.coinop.application.account.port.in.EnableUserUseCase;
import com.coinop.application.account.port.in.GetLedgerUseCase;
import com.coinop.application.account.port.in.LedgerQuery;
import com.coinop.application.account.port.in.ListUsersUseCase;
import com.coinop.application.account.port.in.UserListQuery;
import com.coinop.application.account.port.in.UserStateChange;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operators' users: {@code GET /admin/users} (newest first, with balances; {@code ?mobile=} finds one),
 * {@code POST /admin/users/<id>/disable} and {@code …/enable}, {@code GET /admin/users/<id>/ledger}.
 */
@AdminApi
public class AdminUserController {

    private final ListUsersUseCase listUsers;
    private final DisableUserUseCase disableUser;
    private final EnableUserUseCase enableUser;
    private final GetLedgerUseCase getLedger;

    public AdminUserController(ListUsersUseCase listUsers, DisableUserUseCase disableUser, EnableUserUseCase enableUser,
                               GetLedgerUseCase getLedger) {
        this.listUsers = listUsers;
        this.disableUser = disableUser;
        this.enableUser = enableUser;
        this.getLedger = getLedger;
    }

    @GetMapping("/admin/users")
    public Envelope<PageResponse<UserResponse>> list(@RequestParam(required = false) String page,
                                                     @RequestParam(required = false) String size,
                                                     @RequestParam(required = false) String mobile) {
        Paged<User> users = listUsers.listUsers(new UserListQuery(AdminParameters.page(page, size),
                mobile == null ? null : new Mobile(mobile)));
        return Envelope.ok(new PageResponse<>(users.total(), users.items().stream().map(UserResponse::from).toList()));
    }

    @PostMapping("/admin/users/{id}/disable")
    public Envelope<UserStateChangeResponse> disable(@PathVariable("id") String id) {
        UserStateChange change = disableUser.disable(AdminParameters.userId(id));
        audit("disabled user", change);
        return Envelope.ok(UserStateChangeResponse.from(change));
    }

    @PostMapping("/admin/users/{id}/enable")
    public Envelope<UserStateChangeResponse> enable(@PathVariable("id") String id) {
        UserStateChange change = enableUser.enable(AdminParameters.userId(id));
        audit("enabled user", change);
        return Envelope.ok(UserStateChangeResponse.from(change));
    }

    @GetMapping("/admin/users/{id}/ledger")
    public Envelope<UserLedgerResponse> ledger(@PathVariable("id") String id,
                                               @RequestParam(required = false) String page,
                                               @RequestParam(required = false) String size) {
        UserId userId = AdminParameters.userId(id);
        return Envelope.ok(UserLedgerResponse.from(getLedger.ledger(new LedgerQuery(userId,
                AdminParameters.page(page, size)))));
    }

    private static void audit(String what, UserStateChange change) {
        if (!change.changed() && change.endedSession().isEmpty()) {
            return;
        }
        String ended = change.endedSession().map(session -> ", ended session " + session.id().value() + " charged "
                + session.cost() + " yuan" + (session.unpaid().isZero() ? "" : " (unpaid " + session.unpaid() + ")"))
                .orElse("");
        AdminAudit.changed(what, change.user().id().value() + (change.changed() ? "" : " (already so)") + ended);
    }
}
