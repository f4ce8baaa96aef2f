package org.mhfa.cohort;

/** No such cohort or session, or one the caller does not run (the two look the same, so existence does not leak). */
public class CohortNotFoundException extends RuntimeException {

    public CohortNotFoundException() {
        super("There is no such cohort among the cohorts you run.");
    }

    public CohortNotFoundException(String message) {
        super(message);
    }
}
