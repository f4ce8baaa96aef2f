package org.mhfa.cohort;

/** The ZIP of a bulk certificate run was asked for while the run is still going. */
public class RunNotFinishedException extends RuntimeException {

    public RunNotFinishedException() {
        super("The run is still issuing and signing certificates; the ZIP can be downloaded when it has finished.");
    }
}
