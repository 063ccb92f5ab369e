package com.coinop.adapter.web.history;

import com.coinop.adapter.web.json.WireFormat;
import com.coinop.domain.usage.UsageSession;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;

/**
 * One expense (an ended usage session) in {@code /wechat/expense/list}: {@code ctime} is when the
 * use started, {@code end_time} when it ended, {@code cost_time} whole minutes rounded down (the seed's);
 * what explains {@code cost_money}: {@code billed_minutes}, every started minute, at
 * {@code price_per_minute} (less when the balance could not pay all of it).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "user_id", "device_id", "province", "city", "area", "location", "cost_money",
        "ctime", "utime", "end_time", "cost_time", "billed_minutes", "price_per_minute"})
public record ExpenseResponse(Long id,
                              @JsonProperty("user_id") long userId,
                              @JsonProperty("device_id") long deviceId,
                              String province,
                              String city,
                              String area,
                              String location,
                              @JsonProperty("cost_money") BigDecimal costMoney,
                              String ctime,
                              String utime,
                              @JsonProperty("end_time") String endTime,
                              @JsonProperty("cost_time") long costTime,
                              @JsonProperty("billed_minutes") long billedMinutes,
                              @JsonProperty("price_per_minute") BigDecimal pricePerMinute) {

    public static ExpenseResponse from(UsageSession expense) {
        return new ExpenseResponse(
                expense.id() == null ? null : expense.id().value(),
                expense.userId().value(),
                expense.deviceId().value(),
                expense.location().province(),
                expense.location().city(),
                expense.location().area(),
                expense.location().location(),
                WireFormat.yuan(expense.cost()),
                WireFormat.time(expense.startTime()),
                WireFormat.time(expense.utime()),
                WireFormat.time(expense.endTime()),
                expense.costMinutes(),
                expense.billedMinutes(),
                WireFormat.yuan(expense.pricePerMinute()));
    }
}
