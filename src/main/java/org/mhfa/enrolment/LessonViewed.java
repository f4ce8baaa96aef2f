package org.mhfa.enrolment;

import java.time.Instant;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;

/** A CDI event: an enrolled learner opened a lesson; fired inside the transaction that notices it. */
public record LessonViewed(Enrolment enrolment, Course course, Lesson lesson, Instant at) {
}
