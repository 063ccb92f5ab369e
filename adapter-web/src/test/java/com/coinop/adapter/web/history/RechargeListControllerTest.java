package com.coinop.adapter.web.history;

import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.application.history.port.in.ListRechargesUseCase;
import com.coinop.application.history.port.in.RechargeHistory;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.money.Money;
import com.coinop.domain.recharge.OutTradeNo;
import com.coinop.domain.recharge.RechargeOrder;
import com.coinop.domain.recharge.RechargeOrderId;
import com.coinop.domain.recharge.RechargeStatus;
import com.coinop.domain.recharge.TransactionId;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserState;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /wechat/recharge/list}: the seed shape of paid recharges, plus the shared body contract. */
@WebMvcTest(RechargeListController.class)
class RechargeListControllerTest extends HistoryListEndpointContract {

    private static final User USER_42 = User.withId(USER_ID, new OpenId("o-42"), "阿强😀", "https://thirdwx.qlogo.cn/42/132",
            new Mobile("13712345678"), new Account(Money.ofFen(1251), Money.ofFen(1)), UserState.ACTIVE,
            LocalDateTime.of(2017, 6, 1, 8, 0, 0), LocalDateTime.of(2017, 7, 2, 9, 30, 0));

    @MockitoBean
    ListRechargesUseCase listRecharges;

    @Override
    protected String path() {
        return "/wechat/recharge/list";
    }

    @Override
    protected void givenAnEmptyPage() {
        given(listRecharges.listRecharges(any())).willReturn(new RechargeHistory(USER_42, 0, List.of()));
    }

    @Override
    protected HistoryQuery handedQuery() {
        ArgumentCaptor<HistoryQuery> query = ArgumentCaptor.forClass(HistoryQuery.class);
        verify(listRecharges).listRecharges(query.capture());
        return query.getValue();
    }

    @Override
    protected void verifyUseCaseNeverCalled() {
        verifyNoInteractions(listRecharges);
    }

    private static RechargeOrder paid(long id, long fen, String transaction, LocalDateTime payTime) {
        return new RechargeOrder(new RechargeOrderId(id), USER_ID, new OutTradeNo("T2017000" + id), Money.ofFen(fen),
                RechargeStatus.PAID, new TransactionId(transaction), payTime, payTime.plusHours(2), payTime.minusMinutes(1),
                payTime);
    }

    @Test
    void page_of_paid_recharges_is_shown_in_the_seed_shape_with_the_user_nested() throws Exception {
        given(listRecharges.listRecharges(new HistoryQuery(USER_ID, 2, 2, null, null))).willReturn(new RechargeHistory(
                USER_42, 23, List.of(
                paid(31, 1250, "4200000031", LocalDateTime.of(2017, 7, 2, 9, 30, 0)),
                paid(30, 1, "4200000030", LocalDateTime.of(2017, 7, 1, 0, 0, 59)))));

        String user = """
                {"id": 42, "nick_name": "阿强😀", "head_img_url": "https://thirdwx.qlogo.cn/42/132", "mobile": "13712345678",
                 "total_account": 12.51, "used_account": 0.01, "balance_account": 12.50, "state": 1,
                 "ctime": "2017-06-01 08:00:00", "utime": "2017-07-02 09:30:00"}""";
        postJson("{\"page\": 2, \"size\": 2}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"total": 23, "data": [
                           {"id": 31, "user": %s, "amount": 12.50, "transaction_id": "4200000031",
                            "pay_time": "2017-07-02 09:30:00", "utime": "2017-07-02 09:30:00", "ctime": "2017-07-02 09:29:00"},
                           {"id": 30, "user": %s, "amount": 0.01, "transaction_id": "4200000030",
                            "pay_time": "2017-07-01 00:00:59", "utime": "2017-07-01 00:00:59", "ctime": "2017-06-30 23:59:59"}
                         ]},
                         "error": null, "error_code": null}
                        """.formatted(user, user)));
    }

    @Test
    void no_recharges_is_total_0_and_an_empty_list() throws Exception {
        postJson("{}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"total": 0, "data": []}, "error": null, "error_code": null}
                        """));
    }

    @Test
    void page_past_the_end_keeps_the_total() throws Exception {
        given(listRecharges.listRecharges(new HistoryQuery(USER_ID, 9, 10, null, null)))
                .willReturn(new RechargeHistory(USER_42, 25, List.of()));

        postJson("{\"page\": 9}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"total": 25, "data": []}, "error": null, "error_code": null}
                        """));
    }

    @Test
    void database_down_is_503_without_naming_it() throws Exception {
        given(listRecharges.listRecharges(any())).willThrow(new DependencyUnavailableException("database",
                new SQLException("Communications link failure: jdbc:mysql://db.internal:3306/coinop user=coinop")));

        postJson("{}")
                .andExpect(status().isServiceUnavailable())
                .andExpect(errorEnvelope("SERVICE_UNAVAILABLE"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("database", "jdbc", "SQL", "Exception"));
    }
}
