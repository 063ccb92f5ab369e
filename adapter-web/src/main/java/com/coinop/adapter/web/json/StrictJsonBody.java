package com.coinop.adapter.web.json;

/**
 * Marks a request body that is read strictly: unknown fields, duplicate fields, and values of the
 * wrong JSON type ({@code "1"} or {@code 1.5} for an integer, {@code 1} for a string) are refused
 * instead of being guessed at. See {@link StrictJsonBodyConverter}.
 */
public interface StrictJsonBody {
}
