package org.mhfa.catalogue;

import java.util.List;

/** One problem found in content, an error that keeps its course from loading or a warning: where, what and how to fix it. */
public record ContentError(String file, int line, int column, String message, Severity severity) {

    /** How much a problem matters. */
    public enum Severity {
        /** The course cannot be served until it is fixed. */
        ERROR,
        /** Worth a look, but the course loads. */
        WARNING
    }

    /** An error. */
    public ContentError(String file, int line, int column, String message) {
        this(file, line, column, message, Severity.ERROR);
    }

    /** A warning at {@code file:line:column}. */
    public static ContentError warning(String file, int line, int column, String message) {
        return new ContentError(file, line, column, message, Severity.WARNING);
    }

    /** The problems of {@code problems} with this severity, in their order. */
    static List<ContentError> only(Severity severity, List<ContentError> problems) {
        return problems.stream().filter(problem -> problem.severity() == severity).toList();
    }

    /** {@code file:line:column: message}, or {@code file:line:column: warning: message} for a warning. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
