package org.mhfa.progress;

import org.mhfa.enrolment.Enrolment;
import org.mhfa.catalogue.Course;

/** A CDI event: an enrolment was completed (once per enrolment); fired inside the transaction that completes it. */
public record CourseCompleted(Enrolment enrolment, Course course) {
}
