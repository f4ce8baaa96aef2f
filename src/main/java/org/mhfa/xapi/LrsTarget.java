package org.mhfa.xapi;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where statements are forwarded: the store's xAPI endpoint, its credentials, the batch size and the backoff. */
public record LrsTarget(URI endpoint, Optional<String> username, Optional<String> password, int batchSize,
        Duration initialBackoff, Duration maxBackoff, Duration timeout) {

    /** {@code <endpoint>/statements}. */
    public URI statementsUri() {
        String base = endpoint.toString().replaceAll("/+$", "");
        return URI.create(base + "/statements");
    }

    /** The wait before the next try after {@code failures} failures in a row: doubling from the initial, capped. */
    public Duration backoff(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
