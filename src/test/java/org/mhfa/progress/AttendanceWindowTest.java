package org.mhfa.progress;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mhfa.catalogue.CompletionRules.AttendanceRule;

/** "Within N days of finishing the e-learning": by UTC day, before or after, both ends included. */
class AttendanceWindowTest {

    private static final Instant FINISHED = Instant.parse("2026-03-10T23:30:00Z");
    private static final AttendanceRule WITHIN_7 = new AttendanceRule(true, 7);

    @Test
    void theSeventhDayAfterCountsAndTheEighthDoesNot() {
        assertTrue(CourseProgress.qualifies(WITHIN_7, FINISHED, Instant.parse("2026-03-17T00:00:00Z")));
        assertTrue(CourseProgress.qualifies(WITHIN_7, FINISHED, Instant.parse("2026-03-17T23:59:59Z")));
        assertFalse(CourseProgress.qualifies(WITHIN_7, FINISHED, Instant.parse("2026-03-18T00:00:00Z")));
    }

    @Test
    void aSessionBeforeFinishingCountsWithinTheSameWindow() {
        assertTrue(CourseProgress.qualifies(WITHIN_7, FINISHED, Instant.parse("2026-03-03T08:00:00Z")));
        assertFalse(CourseProgress.qualifies(WITHIN_7, FINISHED, Instant.parse("2026-03-02T23:59:59Z")));
    }

    @Test
    void zeroDaysMeansTheSameDayAndNoLimitMeansAnyDay() {
        AttendanceRule sameDay = new AttendanceRule(true, 0);
        assertTrue(CourseProgress.qualifies(sameDay, FINISHED, Instant.parse("2026-03-10T00:00:00Z")));
        assertFalse(CourseProgress.qualifies(sameDay, FINISHED, Instant.parse("2026-03-11T00:00:00Z")));
        assertTrue(CourseProgress.qualifies(new AttendanceRule(true, null), FINISHED, Instant.parse("2020-01-01T00:00:00Z")));
    }
}
