package com.coinop.application.history.port.in;

import com.coinop.application.history.port.out.HistoryWindow;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;

import java.time.LocalDateTime;

/**
 * A page of a signed-in user's history: {@code page} from 1, {@code size} 1 to 100, optional
 * inclusive time bounds with {@code start} not after {@code end}.
 */
public record HistoryQuery(UserId userId, int page, int size, LocalDateTime start, LocalDateTime end) {

    public static final int MAX_SIZE = 100;

    public HistoryQuery {
        InvalidValueException.require(userId != null, "INVALID_USER_ID", "用户编号缺失");
        InvalidValueException.require(page >= 1, "INVALID_PAGE", "page 必须大于等于 1");
        InvalidValueException.require(size >= 1 && size <= MAX_SIZE, "INVALID_SIZE", "size 必须在 1 到 100 之间");
        InvalidValueException.require(start == null || end == null || !end.isBefore(start),
                "INVALID_TIME_RANGE", "end_time 不能早于 start_time");
    }

    /** The rows of this page, in the form the history ports take. */
    public HistoryWindow window() {
        return new HistoryWindow(start, end, (long) (page - 1) * size, size);
    }
}
