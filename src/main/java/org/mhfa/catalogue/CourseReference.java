package org.mhfa.catalogue;

/**
 * Something a content file refers to that its course must hold: an image in the course's {@code assets/} folder
 * ({@code kind} null, {@code target} its path inside the folder), or a lesson, knowledge check or scenario ({@code target}
 * its id), with where the file refers to it.
 */
record CourseReference(String file, int line, int column, ItemKind kind, String target) {

    static CourseReference asset(String file, int line, int column, String path) {
        return new CourseReference(file, line, column, null, path);
    }

    boolean isAsset() {
        return kind == null;
    }
}
