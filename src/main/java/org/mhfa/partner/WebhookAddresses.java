package org.mhfa.partner;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Keeps webhooks off the platform's own network: a webhook may only go to a host whose every address is globally
 * routable unicast ({@link PublicAddresses}), so that an agency cannot make the platform call its database, its Keycloak,
 * a cloud metadata service or its neighbours, nor use the delivery log to scan them. A host written as a number must be
 * written plainly (IPv4 as four decimal numbers without leading zeros, IPv6 in brackets): octal, hexadecimal and short
 * forms such as {@code 0177.0.0.1} or {@code 127.1} are read differently by different parsers and are refused. A name is
 * looked up once; the request then goes to exactly the address that was checked ({@link WebhookTarget}). The check is
 * made when a webhook is subscribed and again before every delivery (a name may have been pointed elsewhere since). Only
 * where configured, plain {@code localhost} is let through for development and tests.
 */
final class WebhookAddresses {

    /** Looks a host name up (the system resolver, or a fixed table in tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Set<String> LOCALHOST = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("[0-9]+|0x[0-9a-f]*");
    private static final Pattern PLAIN_IPV4 = Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final IPAddressStringParameters PLAIN = plainAddresses();
    private static final String FIELD = "url";

    private final Resolver resolver;
    private final Supplier<List<IPAddress>> hostNetworks;

    WebhookAddresses(Resolver resolver, Supplier<List<IPAddress>> hostNetworks) {
        this.resolver = resolver;
        this.hostNetworks = hostNetworks;
    }

    /** With the system resolver and this host's own networks. */
    static WebhookAddresses system() {
        return new WebhookAddresses(InetAddress::getAllByName, PublicAddresses::hostNetworks);
    }

    /** Whether the URL names this machine by its usual names (let through only where configured). */
    static boolean isLocalhost(URI uri) {
        return uri.getHost() != null && LOCALHOST.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /**
     * The one address to send this URL's requests to, checked.
     *
     * @throws InvalidPartnerRequestException naming the field {@code url}, with the reason for people
     */
    WebhookTarget target(URI uri, boolean allowLocalhost) {
        String host = uri.getHost();
        if (host == null) {
            throw refused("The URL has no host the platform can read. Give the host's name, or an address written in full "
                    + "(IPv4 as four decimal numbers such as 93.184.215.14, IPv6 in brackets).", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean local = allowLocalhost && isLocalhost(uri);
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            throw refused("Webhook URLs must use https.", "https required");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        if (local) {
            return new WebhookTarget(uri, host, port, https, loopback(host));
        }
        List<IPAddress> addresses = addresses(host);
        List<IPAddress> networks = hostNetworks.get();
        for (IPAddress address : addresses) {
            if (PublicAddresses.refusal(address, networks).isPresent()) {
                throw refused("The host " + host + " is on a private, local or reserved network; webhooks go to public "
                        + "addresses only.", "not a public address");
            }
        }
        return new WebhookTarget(uri, host, port, https, addresses.get(0).toInetAddress());
    }

    /** The host's addresses: a literal read strictly, a name looked up once. */
    private List<IPAddress> addresses(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("[")) {
            return List.of(literal(lower.substring(1, lower.length() - 1)));
        }
        String name = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (NUMERIC_LABEL.matcher(last).matches()) {
            if (!PLAIN_IPV4.matcher(lower).matches()) {
                throw refused("Write an IPv4 address as four decimal numbers from 0 to 255 without leading zeros, such as "
                        + "93.184.215.14, or give the host's name.", "not a public address");
            }
            return List.of(literal(lower));
        }
        try {
            return Arrays.stream(resolver.resolve(name)).map(PublicAddresses::of).toList();
        } catch (UnknownHostException e) {
            throw refused("The host " + host + " could not be found.", "not a public address");
        }
    }

    private static IPAddress literal(String text) {
        IPAddress address = new IPAddressString(text, PLAIN).getAddress();
        if (address == null) {
            throw refused("The address " + text + " is not written as a plain IP address.", "not a public address");
        }
        return address;
    }

    /** The loopback address "localhost" resolves to, or the loopback literal itself. */
    private InetAddress loopback(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        try {
            InetAddress[] candidates = lower.equals("localhost") ? resolver.resolve(lower)
                    : new InetAddress[] {literal(lower.startsWith("[") ? lower.substring(1, lower.length() - 1) : lower).toInetAddress()};
            return Arrays.stream(candidates).filter(InetAddress::isLoopbackAddress).findFirst()
                    .orElseThrow(() -> refused("The host " + host + " is not this machine.", "not a public address"));
        } catch (UnknownHostException e) {
            throw refused("The host " + host + " could not be found.", "not a public address");
        }
    }

    private static InvalidPartnerRequestException refused(String detail, String label) {
        return new InvalidPartnerRequestException(detail, Map.of(FIELD, label));
    }

    /** Plain forms only: no inet_aton forms, leading zeros in IPv4, prefixes, masks, ranges, zones or base 85. */
    private static IPAddressStringParameters plainAddresses() {
        IPAddressStringParameters.Builder builder = new IPAddressStringParameters.Builder().allowEmpty(false).allowAll(false)
                .allowSingleSegment(false).allowPrefix(false).allowMask(false).allowPrefixOnly(false).allowWildcardedSeparator(false)
                .setRangeOptions(RangeParameters.NO_RANGE).allow_inet_aton(false);
        builder.getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowUnlimitedLeadingZeros(false).allowBinary(false);
        builder.getIPv6AddressParametersBuilder().allowZone(false).allowBase85(false).allowBinary(false)
                .getEmbeddedIPv4AddressParametersBuilder().allowLeadingZeros(false).allowUnlimitedLeadingZeros(false)
                .allow_inet_aton(false).allowBinary(false);
        return builder.toParams();
    }
}
