package com.coinop.adapter.wechat.usage;

import me.chanjar.weixin.mp.api.WxMpService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Provides the {@link com.coinop.application.usage.port.out.JsSdkSignerPort} on the application's WxMpService
 * and clock.
 */
@Configuration(proxyBeanMethods = false)
public class WechatJsSdkConfiguration {

    @Bean
    WxJavaJsSdkSigner wxJavaJsSdkSigner(WxMpService wxMpService, ObjectProvider<Clock> clock) {
        return new WxJavaJsSdkSigner(wxMpService, clock.getIfAvailable(Clock::systemUTC));
    }
}
