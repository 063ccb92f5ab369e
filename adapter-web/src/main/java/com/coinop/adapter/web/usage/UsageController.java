package com.coinop.adapter.web.usage;

import com.coinop.adapter.web.history.ExpenseResponse;
import com.coinop.adapter.web.session.SignedInUser;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.usage.port.in.GetCurrentUsageUseCase;
import com.coinop.application.usage.port.in.StartUsageCommand;
import com.coinop.application.usage.port.in.StartUsageUseCase;
import com.coinop.application.usage.port.in.StopUsageUseCase;
import com.coinop.domain.user.UserId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Using a machine from the page: {@code POST /wechat/device/start {qr}} after scanning its QR code,
 * {@code GET /wechat/device/current} while it runs (null when none does), {@code POST /wechat/device/stop}
 * to end it ("下机"), which answers the expense as the expense list shows it.
 */
@RestController
public class UsageController {

    private final StartUsageUseCase startUsage;
    private final GetCurrentUsageUseCase currentUsage;
    private final StopUsageUseCase stopUsage;

    public UsageController(StartUsageUseCase startUsage, GetCurrentUsageUseCase currentUsage, StopUsageUseCase stopUsage) {
        this.startUsage = startUsage;
        this.currentUsage = currentUsage;
        this.stopUsage = stopUsage;
    }

    @PostMapping("/wechat/device/start")
    public Envelope<UsageStartedResponse> start(@SignedInUser UserId userId, @RequestBody StartUsageRequest body) {
        return Envelope.ok(UsageStartedResponse.from(startUsage.start(new StartUsageCommand(userId, body.qr()))));
    }

    @GetMapping("/wechat/device/current")
    public Envelope<CurrentUsageResponse> current(@SignedInUser UserId userId) {
        return Envelope.ok(currentUsage.current(userId).map(CurrentUsageResponse::from).orElse(null));
    }

    @PostMapping("/wechat/device/stop")
    public Envelope<ExpenseResponse> stop(@SignedInUser UserId userId) {
        return Envelope.ok(ExpenseResponse.from(stopUsage.stop(userId).expense()));
    }
}
