package org.mhfa.verification;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.Optional;

/**
 * The network a public client's request came from (its address truncated to IPv4 /24 or IPv6 /48), worked out once
 * per request: the rate limit counts per network and the audit log keeps nothing finer. The address is the
 * connection's remote address, which Quarkus replaces with the forwarded one only when {@code quarkus.http.proxy.*}
 * trusts the proxy in front; headers are never read here. Only truncated addresses can be held.
 */
public final class ClientNetwork {

    /** A request whose address is not known (or not an IP address literal). */
    public static final ClientNetwork UNKNOWN = new ClientNetwork(null);

    private final String truncatedAddress;

    private ClientNetwork(String truncatedAddress) {
        this.truncatedAddress = truncatedAddress;
    }

    /** The network of a request's client. */
    public static ClientNetwork of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        return ofAddress(address == null ? null : address.hostAddress());
    }

    /** The network of an address ({@code 203.0.113.77} is in {@code 203.0.113.0}); unknown for anything else. */
    public static ClientNetwork ofAddress(String address) {
        return ClientAddresses.truncate(address).map(ClientNetwork::new).orElse(UNKNOWN);
    }

    /** The truncated address, as the audit log keeps it; empty when unknown. */
    public Optional<String> truncatedAddress() {
        return Optional.ofNullable(truncatedAddress);
    }

    @Override
    public String toString() {
        return truncatedAddress == null ? "unknown" : truncatedAddress;
    }
}
