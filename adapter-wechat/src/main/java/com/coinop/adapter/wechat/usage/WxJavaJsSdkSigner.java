package com.coinop.adapter.wechat.usage;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.application.usage.port.out.JsSdkSignature;
import com.coinop.application.usage.port.out.JsSdkSignerPort;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * JS-SDK signatures as WeChat's JS-SDK documentation (appendix 1) defines them: SHA-1 over
 * {@code jsapi_ticket=…&noncestr=…&timestamp=…&url=…}, the values as they are (nothing escaped), the URL
 * without what follows {@code #}. The jsapi ticket comes from WxJava, which keeps it with the access token
 * in Redis for every instance (WeChat allows few ticket fetches a day).
 */
public class WxJavaJsSdkSigner implements JsSdkSignerPort {

    private static final String DEPENDENCY = "wechat";
    private static final String NONCE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int NONCE_LENGTH = 16;

    private final WxMpService wxMpService;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WxJavaJsSdkSigner(WxMpService wxMpService, Clock clock) {
        this.wxMpService = wxMpService;
        this.clock = clock;
    }

    @Override
    public JsSdkSignature sign(String pageUrl) {
        String ticket;
        try {
            ticket = wxMpService.getJsapiTicket();
        } catch (WxErrorException | RuntimeException e) {
            // WxJava wraps transport and JSON failures in runtime exceptions; its message never holds the token
            throw new DependencyUnavailableException(DEPENDENCY, e);
        }
        if (ticket == null || ticket.isBlank()) {
            throw new DependencyUnavailableException(DEPENDENCY, new IllegalStateException("WeChat gave an empty jsapi ticket"));
        }
        long timestamp = clock.instant().getEpochSecond();
        String nonceStr = nonce();
        return new JsSdkSignature(wxMpService.getWxMpConfigStorage().getAppId(), timestamp, nonceStr,
                signature(ticket, nonceStr, timestamp, pageUrl));
    }

    /** The signature of {@code url} (its fragment dropped) with this ticket, nonce and timestamp. */
    static String signature(String jsapiTicket, String nonceStr, long timestamp, String url) {
        int fragment = url.indexOf('#');
        String signedUrl = fragment < 0 ? url : url.substring(0, fragment);
        // the four names in ASCII order, as WeChat sorts them
        String text = "jsapi_ticket=" + jsapiTicket + "&noncestr=" + nonceStr + "&timestamp=" + timestamp
                + "&url=" + signedUrl;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    private String nonce() {
        StringBuilder nonce = new StringBuilder(NONCE_LENGTH);
        for (int i = 0; i < NONCE_LENGTH; i++) {
            nonce.append(NONCE_LETTERS.charAt(random.nextInt(NONCE_LETTERS.length())));
        }
        return nonce.toString();
    }
}
