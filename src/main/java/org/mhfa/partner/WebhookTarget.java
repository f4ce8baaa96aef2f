package org.mhfa.partner;

import java.net.InetAddress;
import java.net.URI;

/**
 * Where one webhook request goes: the checked address to connect to, and the URL's host, which is sent as the Host header
 * and the TLS server name (and checked against the receiver's certificate) but never looked up again.
 *
 * @param uri the subscribed URL
 * @param host the URL's host as written (an IPv6 literal in brackets)
 * @param port the port, the scheme's default when the URL names none
 * @param https whether the connection uses TLS
 * @param address the address that was checked
 */
record WebhookTarget(URI uri, String host, int port, boolean https, InetAddress address) {

    /** The path and query to request ("/" when the URL has no path). */
    String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
