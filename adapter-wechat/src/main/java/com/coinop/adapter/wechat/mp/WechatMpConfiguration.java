package com.coinop.adapter.wechat.mp;

import java.net.URI;

import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.config.impl.WxMpRedissonConfigImpl;

/**
 * Binds {@code coinop.wechat.*} and builds the one {@link WxMpService} of the application: tokens and
 * tickets in Redis when a RedissonClient exists, at the {@link WechatMpStandIn} when there is one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatProperties.class)
public class WechatMpConfiguration {

    /** Redis key prefix of the access token, jsapi ticket and their locks. */
    static final String REDIS_KEY_PREFIX = "coinop:wechat";

    @Bean
    WxMpService wxMpService(WechatProperties properties, ObjectProvider<RedissonClient> redisson,
            ObjectProvider<WechatMpStandIn> standIn) {
        // resolved here rather than by @ConditionalOnBean: the RedissonClient is defined by another module's
        // configuration, whose processing order relative to this one is not guaranteed
        RedissonClient redissonClient = redisson.getIfAvailable();
        // instances behind the load balancer must share one access token and jsapi ticket: WeChat
        // invalidates the previous token whenever one instance fetches a new one
        WxMpDefaultConfigImpl config = redissonClient == null
                ? new WxMpDefaultConfigImpl()
                : new WxMpRedissonConfigImpl(redissonClient, REDIS_KEY_PREFIX);
        WechatMpStandIn server = standIn.getIfAvailable();
        WechatProperties.Host host = server == null ? properties.host() : WechatProperties.Host.allAt(server.baseUrl());
        String appId = properties.configured() || server == null ? properties.appId() : server.appId();
        String secret = properties.configured() || server == null ? properties.secret() : server.secret();
        config.setAppId(appId);
        config.setSecret(secret);
        config.setHostConfig(new WxMpHostConfig(text(host.api()), text(host.open()), text(host.mp())));
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        return service;
    }

    private static String text(URI uri) {
        String value = uri.toString();
        // WxMpHostConfig.buildUrl appends the path to the host as-is
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
