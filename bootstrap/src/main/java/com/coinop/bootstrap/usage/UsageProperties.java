package com.coinop.bootstrap.usage;

import com.coinop.application.usage.service.MachineQrCodes;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code coinop.usage.*}: using the machines.
 *
 * @param qrTemplate the text of a machine's QR code: a URL of the H5 page with {@code {machine}} where the
 *                   machine's id goes, e.g. {@code https://h5.example.com/?machine={machine}}, so WeChat's own
 *                   scanner opens the page on it too (see {@link MachineQrCodes})
 * @param jsSdkDebug the {@code debug} of the page's {@code wx.config}: WeChat then shows every JS-SDK call's
 *                   result in an alert (for page developers; false unless set, and never in production)
 * @param endCheckEvery how often each instance ends the overdue sessions (balance used up, machine silent)
 * @param endCheckBatch how many sessions in progress it reads at once
 */
@ConfigurationProperties("coinop.usage")
record UsageProperties(String qrTemplate, @DefaultValue("false") boolean jsSdkDebug,
                       @DefaultValue("30s") Duration endCheckEvery, @DefaultValue("200") int endCheckBatch) {

    UsageProperties {
        if (endCheckEvery.isNegative() || endCheckEvery.isZero() || endCheckBatch < 1) {
            throw new IllegalArgumentException("coinop.usage.end-check-every and end-check-batch must be positive");
        }
        try {
            new MachineQrCodes(qrTemplate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("coinop.usage.qr-template: " + e.getMessage(), e);
        }
    }

    MachineQrCodes qrCodes() {
        return new MachineQrCodes(qrTemplate);
    }
}
