package org.mhfa.authoring;

/** A validator finding in a draft: the file within the course folder, line and column, and what to fix. */
public record Finding(String path, int line, int column, String message) {
}
