package com.coinop.bootstrap.usage;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.usage.port.in.EndOverdueSessionsUseCase;
import com.coinop.domain.usage.UsageSessionId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends the overdue sessions (balance used up, machine silent), on every instance every
 * {@code coinop.usage.end-check-every}, from the moment the application is ready: the charge's conditional
 * update keeps instances from ending a session twice. What it ends is logged; a round that fails is logged and the next one tries again.
 */
@Component
class UsageEndingJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UsageEndingJob.class);

    private final EndOverdueSessionsUseCase endOverdue;
    private final UsageProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "coinop-usage-ending");
        thread.setDaemon(true);
        return thread;
    });

    UsageEndingJob(EndOverdueSessionsUseCase endOverdue, UsageProperties properties) {
        this.endOverdue = endOverdue;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = properties.endCheckEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    /** One round; never throws, so the schedule goes on. */
    void runOnce() {
        try {
            List<UsageSessionId> ended = endOverdue.endOverdue();
            if (!ended.isEmpty()) {
                log.info("overdue sessions ended: {}", ended.stream().map(UsageSessionId::value).toList());
            }
        } catch (DependencyUnavailableException e) {
            log.warn("ending overdue sessions skipped this round: {} unavailable", e.dependency());
        } catch (RuntimeException e) {
            log.error("ending overdue sessions failed this round", e);
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
