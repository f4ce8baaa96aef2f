package org.mhfa.catalogue;

/** How an ending of a scenario went for the person in crisis. */
public enum Outcome {
    GOOD, NEUTRAL, HARMFUL
}
