package org.mhfa.authoring;

/** A course, draft file or version that does not exist. */
public class UnknownAuthoringItemException extends RuntimeException {

    public UnknownAuthoringItemException(String message) {
        super(message);
    }
}
