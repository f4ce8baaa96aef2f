package org.mhfa.quiz;

/** No such attempt for this learner and check (another learner's attempt is reported the same way). */
public class AttemptNotFoundException extends RuntimeException {

    public AttemptNotFoundException() {
        super("There is no such attempt at this knowledge check.");
    }
}
