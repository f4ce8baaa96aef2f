package org.mhfa.partner;

/** A verification request with more codes or rows than allowed (413). */
public class TooManyEntriesException extends RuntimeException {

    public TooManyEntriesException(String message) {
        super(message);
    }
}
