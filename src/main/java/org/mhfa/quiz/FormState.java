package org.mhfa.quiz;

import java.util.List;
import java.util.Map;

/** What a knowledge-check form held when it comes back with errors, by form field name. */
public record FormState(Map<String, List<String>> fields, Map<String, String> errors) {

    public static FormState empty() {
        return new FormState(Map.of(), Map.of());
    }

    public boolean has(String field, String value) {
        return fields.getOrDefault(field, List.of()).contains(value);
    }

    public String value(String field) {
        List<String> values = fields.getOrDefault(field, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean hasError(String questionId) {
        return errors.containsKey(questionId);
    }

    public String error(String questionId) {
        return errors.getOrDefault(questionId, "");
    }
}
