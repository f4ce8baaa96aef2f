package org.mhfa.catalogue;

import java.util.List;
import java.util.Set;

/** The outcome of reading a content folder: the courses without errors, every error and warning, the courses with errors. */
public record ContentLoad(List<Course> courses, List<ContentError> problems, Set<String> failedCourseIds) {

    /** True when there is no error; warnings do not count. */
    public boolean ok() {
        return errors().isEmpty();
    }

    /** The problems that keep a course from loading. */
    public List<ContentError> errors() {
        return ContentError.only(ContentError.Severity.ERROR, problems);
    }

    /** The problems that are only reported. */
    public List<ContentError> warnings() {
        return ContentError.only(ContentError.Severity.WARNING, problems);
    }
}
