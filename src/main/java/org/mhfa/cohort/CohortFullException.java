package org.mhfa.cohort;

/** Enrolling the given trainees would take the cohort over its capacity; nobody was enrolled. */
public class CohortFullException extends RuntimeException {

    private final int placesLeft;
    private final int requested;

    public CohortFullException(int capacity, int placesLeft, int requested) {
        super("This cohort has " + capacity + " places and " + placesLeft + (placesLeft == 1 ? " is" : " are") + " left, but "
                + requested + " new trainee" + (requested == 1 ? " was" : "s were")
                + " given. Nobody was enrolled: raise the capacity or enrol fewer people.");
        this.placesLeft = placesLeft;
        this.requested = requested;
    }

    public int placesLeft() {
        return placesLeft;
    }

    public int requested() {
        return requested;
    }
}
