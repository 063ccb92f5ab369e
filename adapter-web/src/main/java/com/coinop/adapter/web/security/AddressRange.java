package com.coinop.adapter.web.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An IPv4 or IPv6 address or network, written {@code 10.0.0.7}, {@code 10.0.0.0/8} or
 * {@code 2001:db8::/32}, and whether an address lies in it. Parsed from literals only: no name is ever
 * looked up.
 */
public record AddressRange(byte[] network, int prefixLength, String text) {

    public AddressRange {
        network = network.clone();
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not an address or address/prefix
     */
    public static AddressRange parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literal(address);
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            String length = trimmed.substring(slash + 1);
            if (!length.matches("[0-9]{1,3}") || Integer.parseInt(length) > bytes.length * 8) {
                throw new IllegalArgumentException("not an address range: " + text);
            }
            prefix = Integer.parseInt(length);
        }
        return new AddressRange(bytes, prefix, trimmed);
    }

    /** Whether the IP literal {@code address} lies in this range; false for anything that is not one. */
    public boolean contains(String address) {
        byte[] bytes;
        try {
            bytes = literal(address);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
        if (bytes.length != network.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        if (!Arrays.equals(bytes, 0, fullBytes, network, 0, fullBytes)) {
            return false;
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = 0xff << (8 - restBits) & 0xff;
        return (bytes[fullBytes] & mask) == (network[fullBytes] & mask);
    }

    /** The address's bytes; an IPv4-mapped IPv6 address as its IPv4 bytes, as Java reads it. */
    static byte[] literal(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("not an IP address");
        }
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        boolean ipv6 = bare.contains(":") && bare.matches("[0-9A-Fa-f:.]+");
        boolean ipv4 = bare.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")
                && Arrays.stream(bare.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!ipv4 && !ipv6) {
            throw new IllegalArgumentException("not an IP address: " + address);
        }
        try {
            return InetAddress.getByName(bare).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + address, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefixLength == prefixLength
                && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
