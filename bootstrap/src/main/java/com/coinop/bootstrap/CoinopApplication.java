package com.coinop.bootstrap;

import com.coinop.adapter.captcha.CaptchaAdapterConfiguration;
import com.coinop.adapter.persistence.PersistenceAdapterConfiguration;
import com.coinop.adapter.web.WebAdapterConfiguration;
import com.coinop.adapter.wechat.WechatAdapterConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The coinop application: every adapter wired to the use cases. */
@SpringBootApplication
@Import({PersistenceAdapterConfiguration.class, WebAdapterConfiguration.class, WechatAdapterConfiguration.class,
        CaptchaAdapterConfiguration.class})
public class CoinopApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoinopApplication.class, args);
    }
}
