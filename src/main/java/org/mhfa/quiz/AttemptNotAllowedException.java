package org.mhfa.quiz;

import java.time.Instant;

/** A new attempt at a knowledge check is not allowed now: no attempts left, or too soon after the last one. */
public class AttemptNotAllowedException extends RuntimeException {

    private final Instant retryAt;

    public AttemptNotAllowedException(String message, Instant retryAt) {
        super(message);
        this.retryAt = retryAt;
    }

    /** When a new attempt becomes possible; null when never. */
    public Instant retryAt() {
        return retryAt;
    }
}
