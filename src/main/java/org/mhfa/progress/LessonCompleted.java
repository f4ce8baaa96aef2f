package org.mhfa.progress;

import java.time.Instant;
import org.mhfa.course.Course;
import org.mhfa.course.Lesson;

/** A CDI event: a learner marked a lesson read for the first time; fired inside the transaction that records it. */
public record LessonCompleted(Enrolment enrolment, Course course, Lesson lesson, Instant at) {
}
