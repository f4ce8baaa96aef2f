package org.mhfa.catalogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks that a course holds what its files refer to: the images in its assets/ folder, the items its links lead to. */
final class CourseReferenceCheck {

    private final Path courseDir;
    private final CourseOutline outline;
    private final List<ContentError> problems;

    CourseReferenceCheck(Path courseDir, CourseOutline outline, List<ContentError> problems) {
        this.courseDir = courseDir;
        this.outline = outline;
        this.problems = problems;
    }

    void check(List<CourseReference> references) {
        for (CourseReference reference : references) {
            if (reference.isAsset()) {
                checkAsset(reference);
            } else {
                checkItem(reference);
            }
        }
    }

    private void checkAsset(CourseReference image) {
        Path assets = courseDir.resolve(IgnoredFiles.ASSETS);
        if (Files.isRegularFile(assets.resolve(image.target()))) {
            return;
        }
        String hint = "put the file there, or correct the path";
        if (image.target().startsWith(IgnoredFiles.ASSETS + "/")
                && Files.isRegularFile(courseDir.resolve(image.target()))) {
            hint = "image paths start inside the " + IgnoredFiles.ASSETS + "/ folder: write '"
                    + image.target().substring(IgnoredFiles.ASSETS.length() + 1) + "'";
        }
        error(image, "the image '" + image.target() + "' is not in the course's " + IgnoredFiles.ASSETS + "/ folder (looked for "
                + "courses/" + courseDir.getFileName() + "/" + IgnoredFiles.ASSETS + "/" + image.target() + "): " + hint);
    }

    private void checkItem(CourseReference link) {
        ItemKind wanted = link.kind();
        Optional<ItemKind> found = outline.kindOf(link.target());
        if (found.isPresent() && found.get() != wanted) {
            error(link, "'" + link.target() + "' is a " + found.get().label() + ", not a " + wanted.label() + ": write '"
                    + found.get().linkScheme() + ":" + link.target() + "'");
        } else if (found.isEmpty() && outline.complete()) {
            error(link, "the link to " + wanted.linkScheme() + ":" + link.target() + " leads to no " + wanted.label()
                    + " of this course: write the id of one, its file name without the number and '" + wanted.suffix() + "'"
                    + ScenarioErrors.suggestion(wanted.linkScheme() + ":" + link.target(), links(wanted)));
        }
    }

    /** The links to every item of a kind: {@code quiz:check}. */
    private Set<String> links(ItemKind kind) {
        Set<String> links = new LinkedHashSet<>();
        outline.itemIds(kind).forEach(id -> links.add(kind.linkScheme() + ":" + id));
        return links;
    }

    private void error(CourseReference reference, String message) {
        problems.add(new ContentError(reference.file(), reference.line(), reference.column(), message));
    }
}
