package com.coinop.application.shared.port.in;

import com.coinop.domain.shared.InvalidValueException;

/** A page of an operator's list: {@code page} from 1, {@code size} 1 to {@value #MAX_SIZE}. */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageQuery {
        InvalidValueException.require(page >= 1, "INVALID_PAGE", "page 必须大于等于 1");
        InvalidValueException.require(size >= 1 && size <= MAX_SIZE, "INVALID_SIZE", "size 必须在 1 到 " + MAX_SIZE + " 之间");
    }

    /** Rows before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** Whether a list of {@code total} rows has any on this page (so the page need not be read). */
    public boolean reaches(long total) {
        return offset() < total;
    }
}
