package org.mhfa.quiz;

import java.util.Map;

/** A knowledge-check submission that cannot be graded: unanswered questions, unknown questions or options. */
public class InvalidSubmissionException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidSubmissionException(Map<String, String> fieldErrors) {
        super("Some answers are missing or invalid.");
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Message per question id (or per submitted key that is not a question). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
