package com.coinop.domain.device;

import com.coinop.domain.money.Money;
import com.coinop.domain.shared.InvalidValueException;

/** A pay-per-minute machine: where it stands, what a minute costs, and whether it takes users. */
public record Device(DeviceId id, DeviceLocation location, Money pricePerMinute, boolean enabled) {

    /** The most a minute may cost on a machine an operator registers or edits: 100.00 yuan. */
    public static final Money MAX_PRICE_PER_MINUTE = Money.ofYuan(100);

    public Device {
        InvalidValueException.require(id != null && location != null && pricePerMinute != null,
                "INVALID_DEVICE", "设备数据不完整");
        InvalidValueException.require(!pricePerMinute.isZero(), "INVALID_PRICE", "每分钟价格必须大于 0");
    }

    /**
     * A machine an operator registers: its id must fit the QR code ({@link DeviceId#MAX_PRINTED}) and its
     * price per minute be at most {@link #MAX_PRICE_PER_MINUTE}; the location as {@link DeviceLocation#entered}.
     */
    public static Device register(DeviceId id, DeviceLocation location, Money pricePerMinute, boolean enabled) {
        InvalidValueException.require(id != null && id.value() <= DeviceId.MAX_PRINTED, "INVALID_DEVICE_ID",
                "设备编号须在 1 到 " + DeviceId.MAX_PRINTED + " 之间");
        return new Device(id, location, listablePrice(pricePerMinute), enabled);
    }

    /** This machine at another place. */
    public Device movedTo(DeviceLocation newLocation) {
        return new Device(id, newLocation, pricePerMinute, enabled);
    }

    /**
     * This machine at another price, for sessions started from now on: a session copies the price at its
     * start, so no past or running session changes.
     */
    public Device pricedAt(Money newPrice) {
        return new Device(id, location, listablePrice(newPrice), enabled);
    }

    /** This machine switched on or off; switched off, it takes no new session. */
    public Device withEnabled(boolean on) {
        return new Device(id, location, pricePerMinute, on);
    }

    /** Refuses a machine an operator has switched off. */
    public Device requireEnabled() {
        if (!enabled) {
            throw new DeviceDisabledException(id);
        }
        return this;
    }

    /**
     * {@code price} if an operator may set it: 0.01 to {@link #MAX_PRICE_PER_MINUTE}.
     *
     * @throws InvalidValueException INVALID_PRICE otherwise
     */
    public static Money listablePrice(Money price) {
        InvalidValueException.require(price != null && !price.isZero() && !price.isGreaterThan(MAX_PRICE_PER_MINUTE),
                "INVALID_PRICE", "每分钟价格须在 0.01 到 " + MAX_PRICE_PER_MINUTE + " 元之间");
        return price;
    }
}
