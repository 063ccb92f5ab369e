package com.coinop.application.signin.port.out;

/** What an OAuth code was exchanged for, and the state of the round trip that brought it. */
public record ExchangedCode(String state, WechatIdentity identity) {

    public ExchangedCode {
        if (state == null || identity == null) {
            throw new IllegalArgumentException("an exchanged code has a state and an identity");
        }
    }
}
