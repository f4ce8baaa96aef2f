package org.mhfa.authoring;

/** Whoever is authoring: their learner id and name (recorded on what they change), and whether they are an admin. */
public record Author(long learnerId, String name, boolean admin) {
}
