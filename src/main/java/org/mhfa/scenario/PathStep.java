package org.mhfa.scenario;

/** One choice made in a play-through: on which node, which choice, where it led, its score and ALGEE step. */
public record PathStep(String node, int choice, String target, int score, String step) {
}
