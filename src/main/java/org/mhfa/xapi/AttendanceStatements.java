package org.mhfa.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.mhfa.cohort.AttendanceRecorded;
import org.mhfa.cohort.AttendanceStatus;
import org.mhfa.cohort.TrainingSession;
import org.mhfa.identity.Learner;
import org.mhfa.enrolment.Enrolment;

/**
 * Turns an instructor's attendance mark into the learning record "attended": synchronously, inside the transaction
 * that saves the mark, so the statement exists exactly when the mark does. Absence is recorded by no statement.
 */
@ApplicationScoped
public class AttendanceStatements {

    private final Event<SessionAttended> attended;

    AttendanceStatements(Event<SessionAttended> attended) {
        this.attended = attended;
    }

    void onAttendance(@Observes AttendanceRecorded recorded) {
        if (recorded.status() == AttendanceStatus.ABSENT) {
            return;
        }
        Learner learner = Learner.findById(recorded.learnerId());
        TrainingSession session = TrainingSession.findById(recorded.sessionId());
        Long enrolmentId = Enrolment.find(learner, recorded.courseId()).map(enrolment -> enrolment.id).orElse(null);
        attended.fire(new SessionAttended(learner, recorded.courseId(), enrolmentId, String.valueOf(session.id),
                session.cohort.name + ", session of " + session.startsAt, recorded.status() == AttendanceStatus.PARTIAL,
                session.startsAt));
    }
}
