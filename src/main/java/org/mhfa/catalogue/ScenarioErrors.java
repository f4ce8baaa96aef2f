package org.mhfa.catalogue;

import java.util.Set;
import java.util.regex.Pattern;

/** Reports the errors of one scenario file at their positions, quoting the author's words shortened. */
final class ScenarioErrors {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,6}");
    private static final int MAX_SUGGESTED_WORD_LENGTH = 100;

    private final ContentFile file;

    ScenarioErrors(ContentFile file) {
        this.file = file;
    }

    void at(ScenarioPosition position, String message) {
        file.error(position.line(), position.column(), message);
    }

    int count() {
        return file.errorCount();
    }

    /** The whole number {@code value}, or null after reporting that {@code what} must be one. */
    Integer wholeNumber(String value, ScenarioPosition position, String what) {
        if (WHOLE_NUMBER.matcher(value).matches()) {
            return Integer.parseInt(value);
        }
        at(position, what + " must be a whole number such as 2 or -1, found '" + abbreviate(value) + "'");
        return null;
    }

    static String suggestion(String word, Set<String> candidates) {
        return word.length() > MAX_SUGGESTED_WORD_LENGTH ? "" : FrontMatter.suggestion(word, candidates);
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
