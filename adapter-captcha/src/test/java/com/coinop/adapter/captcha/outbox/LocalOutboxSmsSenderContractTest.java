package com.coinop.adapter.captcha.outbox;

import com.coinop.application.signin.port.out.SmsSenderPort;
import com.coinop.application.signin.port.out.SmsSenderPortContract;
import com.coinop.domain.user.Mobile;

import java.util.Optional;

/** The local outbox as an {@link SmsSenderPort}: it is its own far end, which never refuses nor goes away. */
class LocalOutboxSmsSenderContractTest extends SmsSenderPortContract {

    private final LocalOutboxSmsSender outbox = new LocalOutboxSmsSender();

    @Override
    protected SmsSenderPort sender() {
        return outbox;
    }

    @Override
    protected Optional<String> lastCodeReceivedBy(Mobile mobile) {
        return outbox.latestCode(mobile);
    }

    @Override
    protected boolean refuseTheNextSend() {
        return false;
    }

    @Override
    protected boolean makeTheProviderUnreachable() {
        return false;
    }
}
