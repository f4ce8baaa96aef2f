package org.mhfa.verification;

/** Every place for checking uploaded files is taken; the upload may be sent again after a few seconds. */
public class UploadsBusyException extends RuntimeException {

    private final long retryAfterSeconds;

    public UploadsBusyException(long retryAfterSeconds) {
        super("Many files are being checked right now. Please try again in " + retryAfterSeconds + " seconds.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
