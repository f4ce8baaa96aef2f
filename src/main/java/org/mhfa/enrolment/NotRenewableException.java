package org.mhfa.enrolment;

/** A refresher course taken without a certificate inside its renewal window. */
public class NotRenewableException extends RuntimeException {

    public NotRenewableException(String message) {
        super(message);
    }
}
