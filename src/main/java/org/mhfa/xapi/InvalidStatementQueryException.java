package org.mhfa.xapi;

import java.util.Map;

/** A statement query with a filter that cannot be understood; carries a message per bad parameter. */
public class InvalidStatementQueryException extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidStatementQueryException(Map<String, String> errors) {
        super("Invalid statement query: " + errors);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
