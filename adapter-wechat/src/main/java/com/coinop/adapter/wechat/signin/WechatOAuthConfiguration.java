package com.coinop.adapter.wechat.signin;

import com.coinop.adapter.wechat.mp.WechatProperties;
import me.chanjar.weixin.mp.api.WxMpService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Provides the WeChat {@link com.coinop.application.signin.port.out.WechatOAuthPort} on the application's WxMpService. */
@Configuration(proxyBeanMethods = false)
public class WechatOAuthConfiguration {

    @Bean
    WxJavaOAuthAdapter wxJavaOAuthAdapter(WxMpService wxMpService, WechatProperties properties) {
        return new WxJavaOAuthAdapter(wxMpService, properties.oauthScope());
    }
}
