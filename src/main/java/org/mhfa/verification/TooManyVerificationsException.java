package org.mhfa.verification;

/** A client address has made more verification requests than the rate limit allows in the current window. */
public class TooManyVerificationsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyVerificationsException(long retryAfterSeconds) {
        super("Too many verification requests from this network. Please try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
