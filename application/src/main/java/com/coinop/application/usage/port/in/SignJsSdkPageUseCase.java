package com.coinop.application.usage.port.in;

import com.coinop.application.shared.port.out.DependencyUnavailableException;

/**
 * The H5 page asks for its {@code wx.config}: the official account's signature over the page's URL, so
 * WeChat lets the page open the QR-code scanner that starts a machine.
 */
public interface SignJsSdkPageUseCase {

    /**
     * @param pageUrl the page's full URL (the caller has checked it is a page of the H5 app)
     * @throws DependencyUnavailableException when WeChat gives no jsapi ticket
     */
    JsSdkConfig sign(String pageUrl);
}
