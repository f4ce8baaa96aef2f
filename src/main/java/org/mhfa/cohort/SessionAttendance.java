package org.mhfa.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.mhfa.progress.AttendanceRecords;

/** Attendance marked at cohort sessions, as completion rules read it. */
@ApplicationScoped
public class SessionAttendance implements AttendanceRecords {

    @Override
    public List<Instant> attendedAt(Long learnerId, String courseId) {
        return Attendance.attendedAt(learnerId, courseId);
    }
}
