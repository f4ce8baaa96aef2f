package org.mhfa.quiz;

/** Where an attempt at a knowledge check stands. */
public enum AttemptStatus {
    /** Questions drawn, answers not yet submitted. */
    STARTED,
    /** Submitted and graded. */
    SUBMITTED,
    /** Submitted after the time limit: counts as an attempt, scores nothing. */
    EXPIRED
}
