package org.mhfa.cohort;

import java.time.Instant;

/** A CDI event fired after an instructor marks a trainee's attendance at a session (learning records listen to it). */
public record AttendanceRecorded(Long learnerId, Long sessionId, String courseId, AttendanceStatus status, Instant recordedAt) {
}
