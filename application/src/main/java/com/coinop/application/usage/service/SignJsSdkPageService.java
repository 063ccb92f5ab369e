package com.coinop.application.usage.service;

import com.coinop.application.usage.port.in.JsSdkConfig;
import com.coinop.application.usage.port.in.SignJsSdkPageUseCase;
import com.coinop.application.usage.port.out.JsSdkSignature;
import com.coinop.application.usage.port.out.JsSdkSignerPort;

import java.util.List;

/** Signs the page and lists the one JS API it needs: the scanner that reads a machine's QR code. */
public class SignJsSdkPageService implements SignJsSdkPageUseCase {

    static final List<String> JS_API_LIST = List.of("scanQRCode");

    private final JsSdkSignerPort signer;
    private final boolean debug;

    /** @param debug whether WeChat shows the page every JS-SDK call's result (local runs; never production) */
    public SignJsSdkPageService(JsSdkSignerPort signer, boolean debug) {
        this.signer = signer;
        this.debug = debug;
    }

    @Override
    public JsSdkConfig sign(String pageUrl) {
        JsSdkSignature signature = signer.sign(pageUrl);
        return new JsSdkConfig(debug, signature.appId(), signature.timestamp(), signature.nonceStr(),
                signature.signature(), JS_API_LIST);
    }
}
