package com.coinop.domain.testing;

import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceLocation;
import com.coinop.domain.money.Money;

import java.util.concurrent.atomic.AtomicLong;

/** Test machines: {@code TestDevices.device().pricedAt(Money.ofFen(50)).build()}. */
public final class TestDevices {

    private static final AtomicLong SEQUENCE = new AtomicLong(10_000_000L + Math.floorMod(System.nanoTime(), 50_000_000L));

    private DeviceId id = new DeviceId(SEQUENCE.incrementAndGet());
    private DeviceLocation location = new DeviceLocation("广东省", "深圳市", "南山区", "科技园 1 号机");
    private Money pricePerMinute = Money.ofFen(50);
    private boolean enabled = true;

    private TestDevices() {
    }

    /** An enabled machine in Shenzhen at 0.50 yuan a minute, with a unique id. */
    public static TestDevices device() {
        return new TestDevices();
    }

    public TestDevices withId(long id) {
        this.id = new DeviceId(id);
        return this;
    }

    public TestDevices pricedAt(Money pricePerMinute) {
        this.pricePerMinute = pricePerMinute;
        return this;
    }

    public TestDevices at(DeviceLocation location) {
        this.location = location;
        return this;
    }

    public TestDevices disabled() {
        this.enabled = false;
        return this;
    }

    public Device build() {
        return new Device(id, location, pricePerMinute, enabled);
    }
}
