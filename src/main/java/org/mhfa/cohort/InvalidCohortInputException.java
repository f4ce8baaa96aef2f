package org.mhfa.cohort;

import java.util.Map;

/** A cohort, session, enrolment or attendance request with fields that are missing or wrong, each with its message. */
public class InvalidCohortInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidCohortInputException(String message, Map<String, String> errors) {
        super(message);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
