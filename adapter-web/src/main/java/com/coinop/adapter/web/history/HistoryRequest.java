package com.coinop.adapter.web.history;

import com.coinop.adapter.web.json.StrictJsonBody;
import com.coinop.adapter.web.json.WireFormat;
import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.domain.shared.InvalidValueException;
import com.coinop.domain.user.UserId;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code /wechat/recharge/list} and {@code /wechat/expense/list}: a page and optional
 * inclusive time bounds. Absent or null {@code page} and {@code size} mean 1 and 10.
 */
public record HistoryRequest(Integer page, Integer size,
                             @JsonProperty("start_time") String startTime,
                             @JsonProperty("end_time") String endTime) implements StrictJsonBody {

    public static final int DEFAULT_PAGE = 1;
    public static final int DEFAULT_SIZE = 10;

    /**
     * The signed-in user's query.
     *
     * @throws InvalidValueException INVALID_TIME for a malformed time; the query's own codes for a
     *                               page, size or time range out of bounds
     */
    public HistoryQuery toQuery(UserId userId) {
        return new HistoryQuery(userId,
                page == null ? DEFAULT_PAGE : page,
                size == null ? DEFAULT_SIZE : size,
                WireFormat.parseTime("start_time", startTime),
                WireFormat.parseTime("end_time", endTime));
    }
}
