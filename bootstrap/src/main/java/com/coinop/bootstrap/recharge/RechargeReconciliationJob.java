package com.coinop.bootstrap.recharge;

import com.coinop.application.recharge.port.in.ReconcileRechargesUseCase;
import com.coinop.application.recharge.port.in.ReconciliationReport;
import com.coinop.application.shared.port.out.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs reconciliation on every instance every {@code coinop.recharge.reconcile-every}, from the moment
 * the application is ready: the claims in the database keep instances from checking an order twice.
 * What it credits late or closes is logged; a round that fails (the database or Redis down) is logged
 * and the next one tries again.
 */
@Component
class RechargeReconciliationJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RechargeReconciliationJob.class);

    private final ReconcileRechargesUseCase reconcile;
    private final RechargeProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "coinop-recharge-reconciliation");
        thread.setDaemon(true);
        return thread;
    });

    RechargeReconciliationJob(ReconcileRechargesUseCase reconcile, RechargeProperties properties) {
        this.reconcile = reconcile;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long every = properties.reconcileEvery().toMillis();
        scheduler.scheduleWithFixedDelay(this::runOnce, every, every, TimeUnit.MILLISECONDS);
    }

    /** One round; never throws, so the schedule goes on. */
    void runOnce() {
        try {
            report(reconcile.reconcileDue());
        } catch (DependencyUnavailableException e) {
            log.warn("recharge reconciliation skipped this round: {} unavailable", e.dependency());
        } catch (RuntimeException e) {
            log.error("recharge reconciliation failed this round", e);
        }
    }

    private static void report(ReconciliationReport report) {
        if (!report.creditedAfterClose().isEmpty()) {
            log.warn("late payments credited to closed orders: {}", report.creditedAfterClose());
        }
        if (!report.credited().isEmpty()) {
            log.info("payments without a notification credited: {}", report.credited());
        }
        if (!report.closed().isEmpty()) {
            log.info("expired orders closed: {}", report.closed());
        }
        if (!report.failed().isEmpty()) {
            log.warn("WeChat Pay failed on orders {}; they are due again later", report.failed());
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
