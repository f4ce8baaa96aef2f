package org.mhfa.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A markdown content file being loaded: its display path, the course it belongs to, the errors and warnings found in
 * it so far, and what it refers to that its course must hold.
 */
final class ContentFile {

    private final String displayPath;
    private final Optional<String> courseId;
    private final Optional<Path> courseDir;
    private final List<ContentError> problems;
    private final List<CourseReference> references = new ArrayList<>();
    private final java.util.Set<String> banksNamed = new java.util.LinkedHashSet<>();
    private int errorCount;

    /** Problems found in the file are added to {@code problems}, which other files of the course may share. */
    ContentFile(Path root, Path file, List<ContentError> problems) {
        Path relative = root.relativize(file);
        this.displayPath = root.resolve(relative).toString();
        this.courseId = relative.getNameCount() > 1 && relative.getName(0).toString().equals("courses")
                ? Optional.of(relative.getName(1).toString()) : Optional.empty();
        this.courseDir = courseId.map(id -> root.resolve("courses").resolve(id));
        this.problems = problems;
    }

    String displayPath() {
        return displayPath;
    }

    /** The id of the course the file is in: the folder under {@code courses/} it sits in. */
    Optional<String> courseId() {
        return courseId;
    }

    /** The folder of the course the file is in, where its {@code assets/} are. */
    Optional<Path> courseDir() {
        return courseDir;
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

    /** Records something the course must hold, such as an image or the lesson a link leads to. */
    void refer(CourseReference reference) {
        references.add(reference);
    }

    List<CourseReference> references() {
        return List.copyOf(references);
    }

    /** Records that the file (a knowledge check) names the question bank {@code bankId}, found or not. */
    void nameBank(String bankId) {
        banksNamed.add(bankId);
    }

    java.util.Set<String> banksNamed() {
        return java.util.Set.copyOf(banksNamed);
    }
}
