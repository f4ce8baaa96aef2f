package org.mhfa.authoring;

/** A validator finding in a draft: the file within the course folder, line and column, what to fix, and whether it blocks publishing. */
public record Finding(String path, int line, int column, String message, boolean warning) {
}
