package com.coinop.adapter.web.history;

import com.coinop.application.history.port.in.ExpenseHistory;
import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.application.history.port.in.ListExpensesUseCase;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.usage.UsageSessionId;
import com.coinop.domain.usage.UsageState;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.LocalDateTime;
import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /wechat/expense/list}: the seed shape of expenses, plus the shared body contract. */
@WebMvcTest(ExpenseListController.class)
class ExpenseListControllerTest extends HistoryListEndpointContract {

    @MockitoBean
    ListExpensesUseCase listExpenses;

    @Override
    protected String path() {
        return "/wechat/expense/list";
    }

    @Override
    protected void givenAnEmptyPage() {
        given(listExpenses.listExpenses(any())).willReturn(new ExpenseHistory(0, List.of()));
    }

    @Override
    protected HistoryQuery handedQuery() {
        ArgumentCaptor<HistoryQuery> query = ArgumentCaptor.forClass(HistoryQuery.class);
        verify(listExpenses).listExpenses(query.capture());
        return query.getValue();
    }

    @Override
    protected void verifyUseCaseNeverCalled() {
        verifyNoInteractions(listExpenses);
    }

    /** A stored, ended session: the domain's own end() computes cost and seconds. */
    private static UsageSession ended(long id, Device device, LocalDateTime start, long seconds, Money balance) {
        UsageSession session = TestUsage.on(device).by(USER_ID).startedAt(start).buildEnded(seconds, balance);
        return new UsageSession(new UsageSessionId(id), session.userId(), session.deviceId(), session.location(),
                session.pricePerMinute(), session.state(), session.startTime(), session.endTime(),
                session.costSeconds(), session.cost(), session.unpaid(), session.endReason(), session.utime());
    }

    @Test
    void page_of_expenses_is_shown_in_the_seed_shape_with_whole_minutes_two_decimal_costs_and_what_explains_them() throws Exception {
        Device shenzhen = TestDevices.device().withId(501)
                .at(new DeviceLocation("广东省", "深圳市", "南山区", "科技园 1 号机 🕹️")).pricedAt(Money.ofFen(500)).build();
        Device beijing = TestDevices.device().withId(502)
                .at(new DeviceLocation("北京市", "北京市", "海淀区", "中关村")).pricedAt(Money.ofFen(50)).build();
        // 150 s: three started minutes at 5.00 = 15.00, capped by the 12.50 balance; shown as 2 whole minutes.
        UsageSession capped = ended(77, shenzhen, LocalDateTime.of(2017, 10, 30, 23, 0, 0), 150, Money.ofFen(1250));
        // 59 s with nothing left to pay from: costs 0.00 and shows 0 minutes.
        UsageSession unpaid = ended(76, beijing, LocalDateTime.of(2017, 7, 1, 8, 59, 30), 59, Money.ZERO);
        given(listExpenses.listExpenses(new HistoryQuery(USER_ID, 1, 10, LocalDateTime.of(2017, 7, 1, 0, 0, 0), null)))
                .willReturn(new ExpenseHistory(2, List.of(capped, unpaid)));

        postJson("{\"start_time\": \"2017-07-01 00:00:00\"}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"total": 2, "data": [
                           {"id": 77, "user_id": 42, "device_id": 501, "province": "广东省", "city": "深圳市", "area": "南山区",
                            "location": "科技园 1 号机 🕹️", "cost_money": 12.50, "ctime": "2017-10-30 23:00:00",
                            "utime": "2017-10-30 23:02:30", "end_time": "2017-10-30 23:02:30", "cost_time": 2,
                            "billed_minutes": 3, "price_per_minute": 5.00},
                           {"id": 76, "user_id": 42, "device_id": 502, "province": "北京市", "city": "北京市", "area": "海淀区",
                            "location": "中关村", "cost_money": 0.00, "ctime": "2017-07-01 08:59:30",
                            "utime": "2017-07-01 09:00:29", "end_time": "2017-07-01 09:00:29", "cost_time": 0,
                            "billed_minutes": 1, "price_per_minute": 0.50}
                         ]},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void utime_is_shown_separately_from_the_end_time() throws Exception {
        UsageSession edited = new UsageSession(new UsageSessionId(5), USER_ID, new DeviceId(9),
                new DeviceLocation("", "", "", ""), Money.ofFen(100), UsageState.ENDED,
                LocalDateTime.of(2020, 2, 29, 12, 0, 0), LocalDateTime.of(2020, 2, 29, 13, 0, 0), 3600,
                Money.ofFen(6000), Money.ZERO, UsageEndReason.USER, LocalDateTime.of(2020, 3, 1, 0, 0, 0));
        given(listExpenses.listExpenses(any())).willReturn(new ExpenseHistory(1, List.of(edited)));

        postJson("{}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true,
                         "result": {"total": 1, "data": [
                           {"id": 5, "user_id": 42, "device_id": 9, "province": "", "city": "", "area": "", "location": "",
                            "cost_money": 60.00, "ctime": "2020-02-29 12:00:00", "utime": "2020-03-01 00:00:00",
                            "end_time": "2020-02-29 13:00:00", "cost_time": 60, "billed_minutes": 60,
                            "price_per_minute": 1.00}
                         ]},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void no_expenses_is_total_0_and_an_empty_list() throws Exception {
        postJson("{\"page\": 1, \"size\": 10}")
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"total": 0, "data": []}, "error": null, "error_code": null}
                        """));
    }
}
