package org.mhfa.partner;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps webhooks off the platform's own network: a webhook may only go to a host whose every address is public, never
 * to loopback, private (RFC 1918, IPv6 unique-local), link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unspecified or multicast addresses, so that an agency cannot make the platform call its database, its Keycloak or a
 * cloud metadata service. The host is checked when the webhook is subscribed and again before every delivery (a name
 * may have been pointed elsewhere since). Only where configured, plain {@code localhost} is let through for development.
 */
final class WebhookAddresses {

    private static final Set<String> LOCALHOST = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private WebhookAddresses() {
    }

    /** Whether the URL names this machine by its usual names (let through only where configured). */
    static boolean isLocalhost(URI uri) {
        return uri.getHost() != null && LOCALHOST.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /** Why the platform will not call this URL, or empty when it may. */
    static Optional<String> refusal(URI uri, boolean allowLocalhost) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("The URL has no host.");
        }
        if (allowLocalhost && isLocalhost(uri)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("The host " + host + " could not be found.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("The host " + host + " is on a private or local network; webhooks go to public addresses only.");
            }
        }
        return Optional.empty();
    }

    /** IPv4-mapped IPv6 addresses arrive here as IPv4 ones: {@link InetAddress} converts them when it parses or resolves. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress() || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            boolean carrierGradeNat = first == 100 && second >= 64 && second <= 127;
            boolean thisNetwork = first == 0;
            boolean reserved = first >= 240;
            return !(carrierGradeNat || thisNetwork || reserved);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            return !uniqueLocal;
        }
        return false;
    }
}
