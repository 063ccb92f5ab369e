package com.coinop.bootstrap.usage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coinop.usage.*}: using the machines.
 *
 * @param jsSdkDebug the {@code debug} of the page's {@code wx.config}: WeChat then shows every JS-SDK call's
 *                   result in an alert (for page developers; false unless set, and never in production)
 */
@ConfigurationProperties("coinop.usage")
record UsageProperties(@DefaultValue("false") boolean jsSdkDebug) {
}
