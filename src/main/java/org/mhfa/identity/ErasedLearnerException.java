package org.mhfa.identity;

import io.quarkus.security.ForbiddenException;

/** A request made with the credentials of someone whose personal data has been erased: refused, nothing re-created. */
public class ErasedLearnerException extends ForbiddenException {

    public ErasedLearnerException() {
        super("This account's personal data has been erased.");
    }
}
