package com.coinop.domain.shared;

/** A transition that the current state of an aggregate does not allow (a closed order paid, an ended session ended again). */
public class IllegalStateTransitionException extends DomainException {

    public IllegalStateTransitionException(String code, String message) {
        super(code, message);
    }
}
