package org.mhfa.partner;

import java.util.Map;

/** A registration with wrong or missing fields; carries the message for each field. */
public class InvalidAgencyException extends RuntimeException {

    private final transient Map<String, String> errors;

    public InvalidAgencyException(Map<String, String> errors) {
        super("The agency's details are incomplete or wrong.");
        this.errors = errors;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
