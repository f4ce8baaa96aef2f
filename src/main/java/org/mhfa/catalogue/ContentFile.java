package org.mhfa.catalogue;

import java.nio.file.Path;
import java.util.List;

/** A markdown content file being loaded: its display path and the errors found in it so far. */
final class ContentFile {

    private final String displayPath;
    private final List<ContentError> errors;

    ContentFile(Path root, Path file, List<ContentError> errors) {
        this.displayPath = root.resolve(root.relativize(file)).toString();
        this.errors = errors;
    }

    String displayPath() {
        return displayPath;
    }

    int errorCount() {
        return errors.size();
    }

    void error(int line, int column, String message) {
        errors.add(new ContentError(displayPath, Math.max(1, line), Math.max(1, column), message));
    }
}
