package org.mhfa.progress;

import java.time.Duration;
import java.time.Instant;

/**
 * Time a learner spent in a course, as far as the platform can tell: for each lesson, from first opening it to marking
 * it read (at most {@link #LESSON_CAP}); for each finished knowledge-check attempt, from start to submission (at most
 * its time limit, or {@link #ATTEMPT_CAP}); for each scenario play-through, from start to its last step (at most
 * {@link #RUN_CAP}). Reading away from the platform, and pauses longer than the caps, are not counted.
 */
public record TimeSpent(Duration lessons, Duration checks, Duration scenarios) {

    public static final Duration LESSON_CAP = Duration.ofMinutes(30);
    public static final Duration ATTEMPT_CAP = Duration.ofMinutes(60);
    public static final Duration RUN_CAP = Duration.ofMinutes(60);

    public static final TimeSpent NONE = new TimeSpent(Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public Duration total() {
        return lessons.plus(checks).plus(scenarios);
    }

    public long totalSeconds() {
        return total().toSeconds();
    }

    /** "1 h 05 min", "12 min", or "under a minute". */
    public String label() {
        long minutes = total().toMinutes();
        if (minutes == 0) {
            return total().isZero() ? "none yet" : "under a minute";
        }
        return minutes >= 60 ? String.format("%d h %02d min", minutes / 60, minutes % 60) : minutes + " min";
    }

    /** The span from {@code from} to {@code to}, none when either is missing or they are out of order, at most {@code cap}. */
    static Duration span(Instant from, Instant to, Duration cap) {
        if (from == null || to == null || to.isBefore(from)) {
            return Duration.ZERO;
        }
        Duration span = Duration.between(from, to);
        return span.compareTo(cap) > 0 ? cap : span;
    }
}
