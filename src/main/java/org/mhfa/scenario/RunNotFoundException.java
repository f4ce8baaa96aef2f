package org.mhfa.scenario;

/** No such play-through for this learner and scenario (another learner's run is reported the same way). */
public class RunNotFoundException extends RuntimeException {

    public RunNotFoundException() {
        super("There is no such play-through of this scenario.");
    }
}
