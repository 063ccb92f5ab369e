package com.coinop.application.usage.port.out;

import com.coinop.application.shared.port.out.DependencyUnavailableException;

/** Signs a page's URL for WeChat's JS-SDK as the official account, with the jsapi ticket WeChat gives it. */
public interface JsSdkSignerPort {

    /**
     * @param pageUrl the page's full URL; what follows a {@code #} is not signed, as WeChat does not
     * @throws DependencyUnavailableException when WeChat gives no jsapi ticket
     */
    JsSdkSignature sign(String pageUrl);
}
