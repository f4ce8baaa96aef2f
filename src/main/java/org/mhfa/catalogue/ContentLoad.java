package org.mhfa.catalogue;

import java.util.List;
import java.util.Set;

/** The outcome of reading a content folder: the courses without errors, every error, and the courses that had some. */
public record ContentLoad(List<Course> courses, List<ContentError> errors, Set<String> failedCourseIds) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
