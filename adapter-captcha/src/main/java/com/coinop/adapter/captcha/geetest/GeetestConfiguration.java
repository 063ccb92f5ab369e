package com.coinop.adapter.captcha.geetest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code coinop.geetest.*} and provides the Geetest {@link com.coinop.application.signin.port.out.CaptchaPort}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GeetestProperties.class)
public class GeetestConfiguration {

    @Bean
    GeetestCaptchaAdapter geetestCaptchaAdapter(GeetestProperties properties) {
        return new GeetestCaptchaAdapter(properties);
    }
}
