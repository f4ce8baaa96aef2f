package org.mhfa.enrolment;

import java.time.Instant;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.Lesson;

/** A CDI event: a learner marked a lesson read for the first time; fired inside the transaction that records it. */
public record LessonCompleted(Enrolment enrolment, Course course, Lesson lesson, Instant at) {
}
