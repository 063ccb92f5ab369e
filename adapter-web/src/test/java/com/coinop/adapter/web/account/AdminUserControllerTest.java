package com.coinop.adapter.web.account;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.account.port.in.DisableUserUseCase;
import com.coinop.application.account.port.in.EnableUserUseCase;
import com.coinop.application.account.port.in.GetLedgerUseCase;
import com.coinop.application.account.port.in.LedgerQuery;
import com.coinop.application.account.port.in.ListUsersUseCase;
import com.coinop.application.account.port.in.UserLedger;
import com.coinop.application.account.port.in.UserListQuery;
import com.coinop.application.account.port.in.UserStateChange;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.ledger.LedgerEntry;
import com.coinop.domain.ledger.LedgerKind;
import com.coinop.domain.ledger.LedgerReference;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import com.coinop.domain.user.UserState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operators' users over HTTP: the list, disabling and enabling, the ledger; the exact JSON and every refusal. */
@WebMvcTest(value = AdminUserController.class, properties = "coinop.admin.token=" + AdminUserControllerTest.TOKEN)
class AdminUserControllerTest extends WebMvcTestSupport {

    static final String TOKEN = "test-admin-token-0123456789abcdef0123";
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 28, 21, 0, 0);

    @MockitoBean
    ListUsersUseCase listUsers;

    @MockitoBean
    DisableUserUseCase disableUser;

    @MockitoBean
    EnableUserUseCase enableUser;

    @MockitoBean
    GetLedgerUseCase getLedger;

    private final User user = TestUsers.activeUser().withId(7).withNickName("小明 🎮").withHeadImgUrl(null)
            .withMobile("13912345678").withAccount(Money.ofFen(5_000), Money.ofFen(240)).at(AT.minusDays(1)).build();
    private final User disabled = TestUsers.activeUser().withId(7).withNickName("小明 🎮").withHeadImgUrl(null)
            .withMobile("13912345678").withAccount(Money.ofFen(5_000), Money.ofFen(480)).withState(UserState.DISABLED)
            .at(AT).build();

    private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + TOKEN);
    }

    private static final String USER_JSON = """
            {"id": 7, "nick_name": "小明 🎮", "head_img_url": null, "mobile": "13912345678", "total_account": 50.00,
             "used_account": 2.40, "balance_account": 47.60, "state": 1, "ctime": "2026-11-27 21:00:00",
             "utime": "2026-11-27 21:00:00"}
            """;

    private static final String DISABLED_JSON = """
            {"id": 7, "nick_name": "小明 🎮", "head_img_url": null, "mobile": "13912345678", "total_account": 50.00,
             "used_account": 4.80, "balance_account": 45.20, "state": 0, "ctime": "2026-11-28 21:00:00",
             "utime": "2026-11-28 21:00:00"}
            """;

    @Test
    void the_list_shows_users_with_their_balances_and_finds_one_by_mobile() throws Exception {
        given(listUsers.listUsers(new UserListQuery(new PageQuery(1, 20), null))).willReturn(new Paged<>(31, List.of(user)));
        given(listUsers.listUsers(new UserListQuery(new PageQuery(1, 20), new Mobile("13912345678"))))
                .willReturn(new Paged<>(1, List.of(user)));

        mvc.perform(admin(get("/admin/users")))
                .andExpect(status().isOk())
                .andExpect(exactJson("{\"success\": true, \"result\": {\"total\": 31, \"data\": [" + USER_JSON
                        + "]}, \"error\": null, \"error_code\": null}"));
        mvc.perform(admin(get("/admin/users?mobile=13912345678")))
                .andExpect(status().isOk())
                .andExpect(exactJson("{\"success\": true, \"result\": {\"total\": 1, \"data\": [" + USER_JSON
                        + "]}, \"error\": null, \"error_code\": null}"));
    }

    @Test
    void a_malformed_mobile_or_page_is_400() throws Exception {
        mvc.perform(admin(get("/admin/users?mobile=1391234567"))).andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_MOBILE"));
        mvc.perform(admin(get("/admin/users?mobile=%E4%B8%80"))).andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_MOBILE"));
        mvc.perform(admin(get("/admin/users?size=1000"))).andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("INVALID_SIZE"));
        verifyNoInteractions(listUsers);
    }

    @Test
    void disabling_answers_the_user_and_the_session_it_ended_and_charged() throws Exception {
        UsageSession ended = TestUsage.on(TestDevices.device().withId(1002)
                        .at(new DeviceLocation("广东省", "深圳市", "福田区", "会展中心 B 馆")).pricedAt(Money.ofFen(80)).build())
                .by(new UserId(7)).startedAt(AT.minusSeconds(150)).buildStored(31)
                .end(AT, Money.ofFen(4_760), UsageEndReason.USER_DISABLED);
        given(disableUser.disable(new UserId(7))).willReturn(new UserStateChange(disabled, true, Optional.of(ended)));

        mvc.perform(admin(post("/admin/users/7/disable")))
                .andExpect(status().isOk())
                .andExpect(exactJson("{\"success\": true, \"result\": {\"user\": " + DISABLED_JSON + """
                        , "changed": true, "ended_session": {"id": 31, "user_id": 7, "device_id": 1002,
                          "province": "广东省", "city": "深圳市", "area": "福田区", "location": "会展中心 B 馆",
                          "price_per_minute": 0.80, "start_time": "2026-11-28 20:57:30", "end_time": "2026-11-28 21:00:00",
                          "cost_time": 2, "billed_minutes": 3, "cost_money": 2.40, "unpaid": 0.00,
                          "end_reason": "USER_DISABLED"}},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void a_repeated_disable_and_an_enable_answer_the_user_as_it_is() throws Exception {
        given(disableUser.disable(new UserId(7))).willReturn(new UserStateChange(disabled, false, Optional.empty()));
        given(enableUser.enable(new UserId(7))).willReturn(new UserStateChange(user, true, Optional.empty()));

        mvc.perform(admin(post("/admin/users/7/disable")))
                .andExpect(status().isOk())
                .andExpect(exactJson("{\"success\": true, \"result\": {\"user\": " + DISABLED_JSON
                        + ", \"changed\": false, \"ended_session\": null}, \"error\": null, \"error_code\": null}"));
        mvc.perform(admin(post("/admin/users/7/enable")))
                .andExpect(status().isOk())
                .andExpect(exactJson("{\"success\": true, \"result\": {\"user\": " + USER_JSON
                        + ", \"changed\": true, \"ended_session\": null}, \"error\": null, \"error_code\": null}"));
    }

    @Test
    void an_unknown_user_is_404_and_a_malformed_id_400() throws Exception {
        willThrow(new UserNotFoundException(new UserId(404))).given(disableUser).disable(new UserId(404));

        mvc.perform(admin(post("/admin/users/404/disable"))).andExpect(status().isNotFound())
                .andExpect(errorEnvelope("USER_NOT_FOUND"));
        for (String id : new String[] {"abc", "0", "-7", "007", "7.0", "%E4%B8%83", "1234567890123456789012"}) {
            mvc.perform(admin(post("/admin/users/" + id + "/enable"))).andExpect(status().isBadRequest())
                    .andExpect(errorEnvelope("INVALID_USER_ID"));
            mvc.perform(admin(get("/admin/users/" + id + "/ledger"))).andExpect(status().isBadRequest())
                    .andExpect(errorEnvelope("INVALID_USER_ID"));
        }
        verifyNoInteractions(enableUser, getLedger);
    }

    @Test
    void the_disable_and_enable_routes_take_post_only() throws Exception {
        mvc.perform(admin(get("/admin/users/7/disable"))).andExpect(status().isMethodNotAllowed());
        verifyNoInteractions(disableUser);
    }

    @Test
    void the_ledger_shows_signed_amounts_the_balance_after_each_and_the_user() throws Exception {
        List<LedgerEntry> entries = List.of(
                new LedgerEntry(new UserId(7), new LedgerReference(LedgerKind.USAGE, "31"), Money.ofFen(240),
                        Money.ofFen(4_760), AT),
                new LedgerEntry(new UserId(7), new LedgerReference(LedgerKind.RECHARGE, "R202611272100000123456789"),
                        Money.ofFen(5_000), Money.ofFen(5_000), AT.minusDays(1)));
        given(getLedger.ledger(new LedgerQuery(new UserId(7), new PageQuery(1, 2))))
                .willReturn(new UserLedger(user, 2, entries));

        mvc.perform(admin(get("/admin/users/7/ledger?size=2")))
                .andExpect(status().isOk())
                .andExpect(exactJson("{\"success\": true, \"result\": {\"user\": " + USER_JSON + """
                        , "total": 2, "data": [
                          {"kind": "USAGE", "reference": "31", "amount": -2.40, "balance_after": 47.60,
                           "ctime": "2026-11-28 21:00:00"},
                          {"kind": "RECHARGE", "reference": "R202611272100000123456789", "amount": 50.00,
                           "balance_after": 50.00, "ctime": "2026-11-27 21:00:00"}]},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void the_ledger_of_an_unknown_user_is_404() throws Exception {
        willThrow(new UserNotFoundException(new UserId(404))).given(getLedger).ledger(any());

        mvc.perform(admin(get("/admin/users/404/ledger"))).andExpect(status().isNotFound())
                .andExpect(errorEnvelope("USER_NOT_FOUND"));
    }
}
