package org.mhfa.scenario;

/** A play-through cannot go on: the scenario, or the run's place in it, is not what it was. */
public class ScenarioChangedException extends RuntimeException {

    public ScenarioChangedException(String message) {
        super(message);
    }
}
