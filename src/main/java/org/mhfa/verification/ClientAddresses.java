package org.mhfa.verification;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Truncates client addresses to their network (IPv4 /24, IPv6 /48): all the audit log and the rate limit keep. */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    /**
     * The address with its host part zeroed ({@code 203.0.113.77} gives {@code 203.0.113.0}, {@code 2001:db8:1:2::5}
     * gives {@code 2001:db8:1::}); empty for anything that is not an IP address literal (never resolved through DNS).
     */
    public static Optional<String> truncate(String address) {
        if (address == null || address.isEmpty() || address.length() > 64) {
            return Optional.empty();
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.isEmpty() || !literal.chars().allMatch(ClientAddresses::literalChar) || literal.indexOf('.') < 0 && literal.indexOf(':') < 0) {
            return Optional.empty();
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            byte[] bytes = parsed.getAddress();
            if (parsed instanceof Inet4Address) {
                bytes[3] = 0;
                return Optional.of(InetAddress.getByAddress(bytes).getHostAddress());
            }
            if (parsed instanceof Inet6Address) {
                for (int i = 6; i < 16; i++) {
                    bytes[i] = 0;
                }
                return Optional.of(compress(InetAddress.getByAddress(bytes).getHostAddress()));
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean literalChar(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == '.' || c == ':';
    }

    /** Java prints IPv6 in full ({@code 2001:db8:1:0:0:0:0:0}); this is the usual short form ({@code 2001:db8:1::}). */
    private static String compress(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLength = 0;
        for (int i = 0; i < groups.length; i++) {
            int length = 0;
            while (i + length < groups.length && groups[i + length].equals("0")) {
                length++;
            }
            if (length > bestLength && length > 1) {
                bestStart = i;
                bestLength = length;
            }
        }
        if (bestStart < 0) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
