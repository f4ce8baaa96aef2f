package org.mhfa.progress;

import java.time.Instant;
import org.mhfa.course.Course;
import org.mhfa.course.Lesson;

/** A CDI event: an enrolled learner opened a lesson; fired inside the transaction that notices it. */
public record LessonViewed(Enrolment enrolment, Course course, Lesson lesson, Instant at) {
}
