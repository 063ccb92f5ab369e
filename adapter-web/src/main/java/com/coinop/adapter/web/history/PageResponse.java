package com.coinop.adapter.web.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One page of a history list: {@code total} matching rows in all and this page's rows in {@code data}. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"total", "data"})
public record PageResponse<T>(long total, List<T> data) {

    public PageResponse {
        data = List.copyOf(data);
    }
}
