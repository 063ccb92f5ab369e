package com.coinop.domain.shared;

/** The thing a request names does not exist (a user, a machine, an order, a session). */
public abstract class NotFoundException extends DomainException {

    protected NotFoundException(String code, String message) {
        super(code, message);
    }
}
