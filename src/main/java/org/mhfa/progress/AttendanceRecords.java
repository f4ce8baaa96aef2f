package org.mhfa.progress;

import java.time.Instant;
import java.util.List;

/** Attendance at instructor-led sessions, as completion rules need it; the cohort feature provides it. */
public interface AttendanceRecords {

    /** The start times of the sessions (of any cohort of the course) the learner attended in full. */
    List<Instant> attendedAt(Long learnerId, String courseId);
}
