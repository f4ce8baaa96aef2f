package org.mhfa.authoring;

import java.util.Map;

/** A draft change that cannot be made as asked (a bad path, a file that exists already, text too long), by field. */
public class InvalidDraftEditException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidDraftEditException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
