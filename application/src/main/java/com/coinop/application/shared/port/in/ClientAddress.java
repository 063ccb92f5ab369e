package com.coinop.application.shared.port.in;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The network a request came from, as rate limits count it: an IPv4 client by its address, an IPv6
 * client by its /64 (one household or one phone, which chooses new addresses inside it at will), both in
 * one canonical text. Built only from a parsed address, never from an arbitrary header string, so a
 * limit's key cannot be chosen by the client.
 */
public record ClientAddress(String key) {

    private static final int IPV6_NETWORK_BYTES = 8;

    public ClientAddress {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a client address has a key");
        }
    }

    /** The client at {@code address}; an IPv4-mapped IPv6 address counts as the IPv4 one. */
    public static ClientAddress of(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            if (isIpv4Mapped(bytes)) {
                return of(fromBytes(Arrays.copyOfRange(bytes, 12, 16)));
            }
            byte[] network = Arrays.copyOf(bytes, 16);
            Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
            return new ClientAddress(fromBytes(network).getHostAddress() + "/64");
        }
        if (address instanceof Inet4Address v4) {
            return new ClientAddress(v4.getHostAddress());
        }
        throw new IllegalArgumentException("not an IP address");
    }

    /**
     * The client whose address the servlet container reports ({@code getRemoteAddr()}: an IP literal,
     * never resolved through DNS).
     *
     * @throws IllegalArgumentException when {@code literal} is not an IPv4 or IPv6 literal
     */
    public static ClientAddress parse(String literal) {
        if (literal == null || literal.isBlank() || !literal.matches("[0-9A-Fa-f:.%\\[\\]a-zA-Z]+")) {
            throw new IllegalArgumentException("not an IP address literal");
        }
        String bare = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1) : literal;
        if (!bare.contains(":") && !isIpv4Literal(bare)) {
            // anything else InetAddress.getByName would look up in DNS as a host name
            throw new IllegalArgumentException("not an IP address literal");
        }
        try {
            return of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal", e);
        }
    }

    private static boolean isIpv4Literal(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    private static InetAddress fromBytes(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
