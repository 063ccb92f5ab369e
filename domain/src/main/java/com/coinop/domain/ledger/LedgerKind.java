package com.coinop.domain.ledger;

/**
 * Why a balance changed. A credit raises the balance, a debit lowers it; the reference of an entry
 * is unique per kind, so the same change can never be booked twice.
 */
public enum LedgerKind {
    /** A paid recharge order; reference: its out_trade_no. */
    RECHARGE(Direction.CREDIT),
    /** An ended usage session; reference: the session id. */
    USAGE(Direction.DEBIT),
    /** An operator's correction in the user's favour; reference: the operator's ticket. */
    ADJUSTMENT_CREDIT(Direction.CREDIT),
    /** An operator's correction against the user; reference: the operator's ticket. */
    ADJUSTMENT_DEBIT(Direction.DEBIT);

    /** Which way an entry of this kind moves the balance. */
    public enum Direction { CREDIT, DEBIT }

    private final Direction direction;

    LedgerKind(Direction direction) {
        this.direction = direction;
    }

    public Direction direction() {
        return direction;
    }

    public boolean isCredit() {
        return direction == Direction.CREDIT;
    }
}
