package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.history.PageResponse;
import com.coinop.adapter.web.security.AdminApi;
import com.coinop.adapter.web.shared.AdminParameters;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.application.usage.port.in.ListUnpaidSessionsUseCase;
import com.coinop.domain.usage.UsageSession;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /admin/sessions/unpaid}: the ended sessions the balance could not pay in full, the latest end first. */
@AdminApi
public class AdminSessionController {

    private final ListUnpaidSessionsUseCase listUnpaid;

    public AdminSessionController(ListUnpaidSessionsUseCase listUnpaid) {
        this.listUnpaid = listUnpaid;
    }

    @GetMapping("/admin/sessions/unpaid")
    public Envelope<PageResponse<SessionResponse>> unpaid(@RequestParam(required = false) String page,
                                                          @RequestParam(required = false) String size) {
        Paged<UsageSession> sessions = listUnpaid.listUnpaid(AdminParameters.page(page, size));
        return Envelope.ok(new PageResponse<>(sessions.total(),
                sessions.items().stream().map(SessionResponse::from).toList()));
    }
}
