package org.mhfa.partner;

import java.util.Map;

/** The messages of a form that came back, by field, for the page to show beside each field. */
public record FieldErrors(Map<String, String> messages) {

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String message(String field) {
        return messages.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
