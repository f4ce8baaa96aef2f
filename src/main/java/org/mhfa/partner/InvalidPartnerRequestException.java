package org.mhfa.partner;

import java.util.Map;

/** A partner request that cannot be read at all (no codes, no CSV header, a bad URL); per-entry problems are answered per entry. */
public class InvalidPartnerRequestException extends RuntimeException {

    private final transient Map<String, String> errors;

    public InvalidPartnerRequestException(String message, Map<String, String> errors) {
        super(message);
        this.errors = errors;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
