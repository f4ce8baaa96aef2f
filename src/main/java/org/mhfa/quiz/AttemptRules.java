package org.mhfa.quiz;

import java.time.Instant;

/** Where a trainee stands with a knowledge check's attempt rules. */
public record AttemptRules(int attemptsUsed, Integer attemptsLeft, Instant nextAttemptAt, boolean passed,
        QuizAttempt openAttempt) {

    /** Null when a new attempt may start now; else why not. */
    public String refusal() {
        if (attemptsLeft != null && attemptsLeft <= 0) {
            return "You have used all " + attemptsUsed + " attempts at this knowledge check.";
        }
        if (nextAttemptAt != null && nextAttemptAt.isAfter(Instant.now())) {
            return "You can try again from " + java.time.format.DateTimeFormatter.ofPattern("HH:mm 'UTC' 'on' d MMMM")
                    .withZone(java.time.ZoneOffset.UTC).format(nextAttemptAt) + ".";
        }
        return null;
    }
}
