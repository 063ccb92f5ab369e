package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.application.usage.port.in.ListUnpaidSessionsUseCase;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestDevices;
import com.coinop.domain.testing.TestUsage;
import com.coinop.domain.usage.UsageEndReason;
import com.coinop.domain.usage.UsageSession;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.LocalDateTime;
import java.util.List;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /admin/sessions/unpaid}: who, which machine, when, what it cost and what stayed unpaid, and why it ended. */
@WebMvcTest(value = AdminSessionController.class, properties = "coinop.admin.token=" + AdminSessionControllerTest.TOKEN)
class AdminSessionControllerTest extends WebMvcTestSupport {

    static final String TOKEN = "test-admin-token-0123456789abcdef0123";

    @MockitoBean
    ListUnpaidSessionsUseCase listUnpaid;

    @Test
    void each_session_shows_its_cost_its_unpaid_part_and_why_it_ended() throws Exception {
        LocalDateTime start = LocalDateTime.of(2026, 11, 28, 20, 0, 0);
        UsageSession silent = TestUsage.on(TestDevices.device().withId(1003)
                        .at(new DeviceLocation("北京市", "北京市", "海淀区", "中关村大街 27 号")).pricedAt(Money.ofYuan(1)).build())
                .by(new UserId(9)).startedAt(start).buildStored(44)
                .end(start.plusMinutes(12).plusSeconds(5), Money.ofFen(1_000), UsageEndReason.MACHINE_SILENT);
        given(listUnpaid.listUnpaid(new PageQuery(3, 1))).willReturn(new Paged<>(3, List.of(silent)));

        mvc.perform(get("/admin/sessions/unpaid?page=3&size=1").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isOk())
                .andExpect(exactJson("""
                        {"success": true, "result": {"total": 3, "data": [
                          {"id": 44, "user_id": 9, "device_id": 1003, "province": "北京市", "city": "北京市",
                           "area": "海淀区", "location": "中关村大街 27 号", "price_per_minute": 1.00,
                           "start_time": "2026-11-28 20:00:00", "end_time": "2026-11-28 20:12:05", "cost_time": 12,
                           "billed_minutes": 13, "cost_money": 10.00, "unpaid": 3.00, "end_reason": "MACHINE_SILENT"}]},
                         "error": null, "error_code": null}
                        """));
    }

    @Test
    void bad_paging_is_400() throws Exception {
        mvc.perform(get("/admin/sessions/unpaid?page=0").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isBadRequest()).andExpect(errorEnvelope("INVALID_PAGE"));
        verifyNoInteractions(listUnpaid);
    }
}
