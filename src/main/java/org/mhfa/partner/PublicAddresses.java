package org.mhfa.partner;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which IP addresses a webhook may go to: globally routable unicast only. Every block of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries is refused (the few rows marked globally reachable too: they are protocol anycast
 * services, never a webhook receiver), multicast, every IPv6 address outside 2000::/3 (the only Global Unicast block of
 * the IANA IPv6 Address Space registry), and every network this host is attached to. The ipaddress library classifies
 * what it can (loopback, private, link-local, unique-local, multicast, unspecified, and the IPv6 forms that embed an IPv4
 * address); {@link #SPECIAL_PURPOSE} lists the registry rows it does not. An IPv6 form that carries an IPv4 address
 * (IPv4-mapped, IPv4-compatible, SIIT IPv4-translated, NAT64 64:ff9b::/96, 6to4, ISATAP) is judged by that IPv4 address.
 */
final class PublicAddresses {

    /** Registry rows the library does not classify, each named after its row (registry: name, RFC). */
    static final Map<IPAddress, String> SPECIAL_PURPOSE = table(
            "0.0.0.0/8", "IPv4 Special-Purpose: \"This network\" (RFC 791); holds \"This host on this network\" 0.0.0.0/32",
            "100.64.0.0/10", "IPv4 Special-Purpose: Shared Address Space (RFC 6598)",
            "192.0.0.0/24", "IPv4 Special-Purpose: IETF Protocol Assignments (RFC 6890), with the rows inside it",
            "192.0.2.0/24", "IPv4 Special-Purpose: Documentation (TEST-NET-1) (RFC 5737)",
            "192.31.196.0/24", "IPv4 Special-Purpose: AS112-v4 (RFC 7535)",
            "192.52.193.0/24", "IPv4 Special-Purpose: AMT (RFC 7450)",
            "192.88.99.0/24", "IPv4 Special-Purpose: Deprecated (6to4 Relay Anycast) (RFC 7526)",
            "192.175.48.0/24", "IPv4 Special-Purpose: Direct Delegation AS112 Service (RFC 7534)",
            "198.18.0.0/15", "IPv4 Special-Purpose: Benchmarking (RFC 2544)",
            "198.51.100.0/24", "IPv4 Special-Purpose: Documentation (TEST-NET-2) (RFC 5737)",
            "203.0.113.0/24", "IPv4 Special-Purpose: Documentation (TEST-NET-3) (RFC 5737)",
            "240.0.0.0/4", "IPv4 Special-Purpose: Reserved (RFC 1112); holds Limited Broadcast 255.255.255.255/32 (RFC 919)",
            "64:ff9b:1::/48", "IPv6 Special-Purpose: IPv4-IPv6 Translat. (local use) (RFC 8215)",
            "100::/64", "IPv6 Special-Purpose: Discard-Only Address Block (RFC 6666)",
            "100:0:0:1::/64", "IPv6 Special-Purpose: Dummy IPv6 Prefix (RFC 9780)",
            "2001::/23", "IPv6 Special-Purpose: IETF Protocol Assignments (RFC 2928); holds TEREDO 2001::/32 (RFC 4380), "
                    + "Benchmarking 2001:2::/48, ORCHID and the anycast rows",
            "2001:db8::/32", "IPv6 Special-Purpose: Documentation (RFC 3849)",
            "2620:4f:8000::/48", "IPv6 Special-Purpose: Direct Delegation AS112 Service (RFC 7534)",
            "3fff::/20", "IPv6 Special-Purpose: Documentation (RFC 9637)",
            "5f00::/16", "IPv6 Special-Purpose: Segment Routing (SRv6) SIDs (RFC 9602)");

    /** IANA IPv6 Address Space: the only block allocated as Global Unicast. */
    private static final IPAddress GLOBAL_UNICAST = new IPAddressString("2000::/3").getAddress();

    private PublicAddresses() {
    }

    /** Why a webhook may not go to this address, or empty when it may; {@code hostNetworks} are this host's own. */
    static Optional<String> refusal(IPAddress address, List<IPAddress> hostNetworks) {
        Optional<String> refusal = address instanceof IPv6Address ipv6 ? refusalV6(ipv6) : refusalV4((IPv4Address) address);
        if (refusal.isPresent()) {
            return refusal;
        }
        List<IPAddress> judged = new ArrayList<>(List.of(address));
        if (address instanceof IPv6Address ipv6) {
            embedded(ipv6).ifPresent(judged::add);
        }
        return hostNetworks.stream().filter(network -> judged.stream().anyMatch(network::contains)).findFirst()
                .map(network -> "on a network of this host (" + network + ")");
    }

    private static Optional<String> refusalV4(IPv4Address address) {
        if (address.isLoopback() || address.isLinkLocal() || address.isPrivate() || address.isMulticast() || address.isAnyLocal()) {
            return Optional.of("loopback, link-local, private-use or multicast");
        }
        return special(address);
    }

    private static Optional<String> refusalV6(IPv6Address address) {
        if (address.hasZone() || address.isLoopback() || address.isUnspecified() || address.isLinkLocal() || address.isSiteLocal()
                || address.isUniqueLocal() || address.isMulticast()) {
            return Optional.of("loopback, unspecified, link-local, site-local, unique-local or multicast");
        }
        Optional<IPv4Address> embedded = embedded(address);
        if (embedded.isPresent()) {
            Optional<String> refusal = refusalV4(embedded.get()).map(reason -> "carries " + embedded.get() + ": " + reason);
            // ISATAP carries the IPv4 address in its interface identifier while its prefix is routed: both are judged
            if (refusal.isPresent() || !address.isIsatap()) {
                return refusal;
            }
        }
        Optional<String> special = special(address);
        if (special.isPresent()) {
            return special;
        }
        return GLOBAL_UNICAST.contains(address) ? Optional.empty() : Optional.of("outside IPv6 Global Unicast 2000::/3");
    }

    /** The library's form of a resolved address (an IPv6 scope becomes a zone, which is refused). */
    static IPAddress of(InetAddress address) {
        return address instanceof Inet4Address ipv4 ? new IPv4Address(ipv4) : new IPv6Address((Inet6Address) address);
    }

    /** The IPv4 address an IPv6 form carries, for the forms that carry one. */
    static Optional<IPv4Address> embedded(IPv6Address address) {
        if (address.isIPv4Mapped() || address.isIPv4Compatible() || address.isIPv4Translatable()
                || address.isWellKnownIPv4Translatable() || address.isIsatap()) {
            return Optional.of(address.getEmbeddedIPv4Address());
        }
        if (address.is6To4()) {
            return Optional.of(address.get6To4IPv4Address());
        }
        return Optional.empty();
    }

    private static Optional<String> special(IPAddress address) {
        return SPECIAL_PURPOSE.entrySet().stream().filter(row -> row.getKey().contains(address)).findFirst().map(Map.Entry::getValue);
    }

    /** The networks this host's interfaces are on (each address with its prefix), read afresh on each call. */
    static List<IPAddress> hostNetworks() {
        List<IPAddress> networks = new ArrayList<>();
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InterfaceAddress bound : face.getInterfaceAddresses()) {
                    network(bound.getAddress(), bound.getNetworkPrefixLength()).ifPresent(networks::add);
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        return networks;
    }

    private static Optional<IPAddress> network(InetAddress address, int prefixLength) {
        if (address instanceof Inet4Address && prefixLength >= 0 && prefixLength <= 32) {
            return Optional.of(new IPv4Address(address.getAddress(), prefixLength).toPrefixBlock());
        }
        if (address instanceof Inet6Address && prefixLength >= 0 && prefixLength <= 128) {
            return Optional.of(new IPv6Address(address.getAddress(), prefixLength).toPrefixBlock());
        }
        return Optional.empty();
    }

    private static Map<IPAddress, String> table(String... rows) {
        Map<IPAddress, String> table = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            table.put(new IPAddressString(rows[i]).getAddress(), rows[i + 1]);
        }
        return Collections.unmodifiableMap(table);
    }
}
