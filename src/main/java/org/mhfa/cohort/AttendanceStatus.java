package org.mhfa.cohort;

/** Whether a trainee attended an instructor-led session: present, absent, or for part of it. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    PARTIAL
}
