package org.mhfa.scenario;

/** Where a play-through of a scenario stands. */
public enum RunStatus {
    /** Being played; the trainee can resume where they left off. */
    ACTIVE,
    /** An end node was reached. */
    COMPLETED,
    /** The trainee took the way out. */
    LEFT
}
