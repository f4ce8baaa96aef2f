package org.mhfa.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the folder given to {@code validate} is: the content folder (holding {@code courses/}), the {@code courses}
 * folder itself, or one course folder (holding {@code course.md}), which is checked on its own. A module folder, or a
 * course folder outside a {@code courses} folder, cannot be checked: {@link #problem()} says what to pass instead.
 */
record ValidateTarget(Path contentRoot, Optional<Path> courseDir, Optional<String> problem) {

    private static final String COURSES = "courses";

    static ValidateTarget of(Path given) {
        Path path = given.normalize();
        if (!Files.isDirectory(path) || Files.isDirectory(path.resolve(COURSES))) {
            return content(path);
        }
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isRegularFile(path.resolve("course.md"))) {
            return courseFolder(path, absolute);
        }
        if (Files.isRegularFile(path.resolve("module.md"))) {
            return problem(path + " is a module folder: pass its course folder (" + up(path, 1) + ") to check that course, "
                    + "or the content folder (the one holding courses/) to check every course");
        }
        return isNamed(absolute, COURSES) ? content(up(path, 1)) : content(path);
    }

    private static ValidateTarget courseFolder(Path course, Path absolute) {
        String name = absolute.getFileName().toString();
        if (absolute.getParent() == null || !isNamed(absolute.getParent(), COURSES)) {
            return problem(course + " is a course folder, but it is not in a folder named 'courses': the platform reads "
                    + "courses from <content folder>/courses/<course-id>/; move it there and pass the content folder");
        }
        if (name.startsWith("_") || name.startsWith(".")) {
            return problem(course + " is a draft course (its name starts with '" + name.charAt(0) + "'), which the "
                    + "platform ignores: remove the '" + name.charAt(0) + "' to check it");
        }
        Path root = up(course, 2);
        return new ValidateTarget(root, Optional.of(root.resolve(COURSES).resolve(name)), Optional.empty());
    }

    private static ValidateTarget content(Path root) {
        return new ValidateTarget(root, Optional.empty(), Optional.empty());
    }

    private static ValidateTarget problem(String message) {
        return new ValidateTarget(null, Optional.empty(), Optional.of(message));
    }

    /** The folder {@code levels} above {@code path}: relative when {@code path} names it, else absolute. */
    private static Path up(Path path, int levels) {
        Path up = path;
        for (int i = 0; i < levels && up != null; i++) {
            up = up.getParent();
        }
        if (up != null) {
            return up;
        }
        Path absolute = path.toAbsolutePath().normalize();
        for (int i = 0; i < levels && absolute.getParent() != null; i++) {
            absolute = absolute.getParent();
        }
        return absolute;
    }

    private static boolean isNamed(Path path, String name) {
        return path.getFileName() != null && path.getFileName().toString().equals(name);
    }

    /** Loads the content; for a course folder, only that course and its problems (its 'renews' still checked). */
    ContentLoad load(ContentLoader loader) {
        ContentLoad load = loader.load(contentRoot);
        if (courseDir.isEmpty()) {
            return load;
        }
        Path course = courseDir.get();
        String courseId = course.getFileName().toString();
        List<ContentError> problems = load.problems().stream()
                .filter(problem -> Path.of(problem.file()).startsWith(course)).toList();
        List<Course> courses = load.courses().stream().filter(found -> found.id().equals(courseId)).toList();
        Set<String> failed = load.failedCourseIds().contains(courseId) ? Set.of(courseId) : Set.of();
        return new ContentLoad(courses, problems, failed);
    }
}
