package org.mhfa.catalogue;

/** A course, lesson or knowledge check that the content does not have. */
public class UnknownContentException extends RuntimeException {

    public UnknownContentException(String message) {
        super(message);
    }
}
