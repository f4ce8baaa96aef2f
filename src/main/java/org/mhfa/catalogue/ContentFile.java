package org.mhfa.catalogue;

import java.nio.file.Path;
import java.util.List;

/** A markdown content file being loaded: its display path, and the errors and warnings found in it so far. */
final class ContentFile {

    private final String displayPath;
    private final List<ContentError> problems;
    private int errorCount;

    /** Problems found in the file are added to {@code problems}, which other files of the course may share. */
    ContentFile(Path root, Path file, List<ContentError> problems) {
        this.displayPath = root.resolve(root.relativize(file)).toString();
        this.problems = problems;
    }

    String displayPath() {
        return displayPath;
    }

    /** The number of errors reported through this file so far; warnings do not count. */
    int errorCount() {
        return errorCount;
    }

    void error(int line, int column, String message) {
        errorCount++;
        problems.add(new ContentError(displayPath, Math.max(1, line), Math.max(1, column), message));
    }

    void warning(int line, int column, String message) {
        problems.add(ContentError.warning(displayPath, Math.max(1, line), Math.max(1, column), message));
    }
}
