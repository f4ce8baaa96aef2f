package org.mhfa.xapi;

import java.time.Instant;
import org.mhfa.identity.Learner;

/**
 * A CDI event for cohorts: a learner attended (wholly or in part) an instructor-led session of a course. Fire it
 * inside the transaction that records the attendance ({@code Event<SessionAttended>.fire(...)}); the statement
 * "attended" is stored if and only if that transaction commits. Absence is not an event.
 *
 * @param learner the attendee
 * @param courseId the course the session belongs to
 * @param enrolmentId the attendee's enrolment in the course, if any (becomes the statement's registration)
 * @param sessionId a stable id of the session (part of the activity IRI)
 * @param sessionTitle what the session is called, e.g. "Cohort 7, day 1"
 * @param partial true for partial attendance
 * @param attendedAt when the session took place
 */
public record SessionAttended(Learner learner, String courseId, Long enrolmentId, String sessionId, String sessionTitle,
        boolean partial, Instant attendedAt) {
}
