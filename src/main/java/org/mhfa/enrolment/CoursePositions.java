package org.mhfa.enrolment;

import org.mhfa.catalogue.Course;
import org.mhfa.identity.Learner;

/** Finds a learner's {@link CoursePosition}; the progress feature, which knows completion, provides it. */
public interface CoursePositions {

    CoursePosition of(Learner learner, Course course);
}
