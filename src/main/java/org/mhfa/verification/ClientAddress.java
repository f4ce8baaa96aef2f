package org.mhfa.verification;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client's address: the connection's remote address, which Quarkus replaces with the forwarded one only when
 * {@code quarkus.http.proxy.*} trusts the proxy in front; headers are never read here.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress address = request == null ? null : request.remoteAddress();
        return address == null ? null : address.hostAddress();
    }
}
