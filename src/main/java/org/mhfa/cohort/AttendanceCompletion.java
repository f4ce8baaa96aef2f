package org.mhfa.cohort;

import org.mhfa.progress.ProgressService;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.mhfa.catalogue.ContentRepository;

/**
 * Completes a course when attendance at an instructor-led session was its last missing step: listens for attendance
 * being marked, after the marking is committed, so that a failure here never undoes the instructor's record.
 */
@ApplicationScoped
public class AttendanceCompletion {

    private final ContentRepository content;
    private final ProgressService progress;

    AttendanceCompletion(ContentRepository content, ProgressService progress) {
        this.content = content;
        this.progress = progress;
    }

    void onAttendance(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceRecorded recorded) {
        if (recorded.status() != AttendanceStatus.PRESENT) {
            return;
        }
        content.course(recorded.courseId()).ifPresent(course -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> progress.attendanceRecorded(recorded.learnerId(), course));
            } catch (RuntimeException e) {
                Log.errorf(e, "Attendance of learner %d in %s was recorded but completing the course failed", recorded.learnerId(),
                        recorded.courseId());
            }
        });
    }
}
