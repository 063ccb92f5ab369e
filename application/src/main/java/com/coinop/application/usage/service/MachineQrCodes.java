package com.coinop.application.usage.service;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.shared.InvalidValueException;

/**
 * The QR code printed on a machine: a URL of the H5 page naming the machine, made from a template with
 * one {@code {machine}} where the machine's id goes (e.g. {@code https://h5.example.com/?machine={machine}}),
 * so WeChat's own scanner opens the page on it too. Reading one back takes exactly that text with a
 * machine id (digits) in the place.
 */
public final class MachineQrCodes {

    static final String PLACEHOLDER = "{machine}";
    private static final int MAX_ID_DIGITS = 18;

    private final String prefix;
    private final String suffix;

    /** @throws IllegalArgumentException when the template does not hold {@code {machine}} exactly once */
    public MachineQrCodes(String template) {
        int at = template == null ? -1 : template.indexOf(PLACEHOLDER);
        if (at < 0 || template.indexOf(PLACEHOLDER, at + 1) >= 0) {
            throw new IllegalArgumentException("the QR code template must hold " + PLACEHOLDER + " exactly once: " + template);
        }
        this.prefix = template.substring(0, at);
        this.suffix = template.substring(at + PLACEHOLDER.length());
    }

    /** The text of the machine's QR code. */
    public String of(DeviceId machine) {
        return prefix + machine.value() + suffix;
    }

    /** @throws InvalidValueException {@code INVALID_QR} for any text that is not a machine's QR code */
    public DeviceId read(String qr) {
        String text = qr.strip();
        boolean framed = text.length() > prefix.length() + suffix.length() && text.startsWith(prefix) && text.endsWith(suffix);
        String id = framed ? text.substring(prefix.length(), text.length() - suffix.length()) : "";
        InvalidValueException.require(id.length() <= MAX_ID_DIGITS && !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9')
                && id.charAt(0) != '0', "INVALID_QR", "这不是本平台设备的二维码");
        return new DeviceId(Long.parseLong(id));
    }
}
