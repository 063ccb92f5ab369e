package com.coinop.application.shared.port.in;

import java.util.List;

/** One page of a list and how many rows the whole list has. */
public record Paged<T>(long total, List<T> items) {

    public Paged {
        items = List.copyOf(items);
    }
}
