package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mhfa.catalogue.ContentError;
import org.mhfa.catalogue.ContentLoader;
import org.mhfa.platform.PlatformConfig;
import org.mhfa.catalogue.ContentTree;
import org.mhfa.catalogue.Course;
import org.mhfa.catalogue.CourseFiles;

/**
 * Checks a draft with the same loader that serves content and that the {@code validate} command runs, so the editor,
 * the command and publishing report the same findings; an unchanged file is not parsed again.
 */
@ApplicationScoped
public class DraftChecker {

    /** The outcome: the course as far as it could be read (items with errors left out), and every finding. */
    public record Checked(Optional<Course> course, List<Finding> findings) {

        /** Whether the draft has no errors (warnings do not count), so that it may be published. */
        public boolean publishable() {
            return course.isPresent() && errors().isEmpty();
        }

        /** The findings that block publishing. */
        public List<Finding> errors() {
            return findings.stream().filter(finding -> !finding.warning()).toList();
        }

        public List<Finding> findingsIn(String path) {
            return findings.stream().filter(finding -> finding.path().equals(path)).toList();
        }
    }

    private final ContentLoader loader;

    /** Checks against the platform's configured crisis lines, as the content it serves is checked. */
    @jakarta.inject.Inject
    DraftChecker(PlatformConfig platform) {
        this(platform.crisisLines().stream().map(PlatformConfig.CrisisLine::contact).toList());
    }

    /** Checks against these crisis-line contact texts (for tools that start no platform). */
    public DraftChecker(List<String> crisisLineContacts) {
        this.loader = ContentLoader.acceptingNumbersOf(crisisLineContacts);
    }

    public Checked check(String courseId, CourseFiles files) {
        try (ContentTree tree = ContentTree.of(courseId, files)) {
            List<ContentError> errors = new ArrayList<>();
            Optional<Course> course = tree.loadPartial(loader, errors);
            String prefix = tree.displayPrefix();
            return new Checked(course, errors.stream().map(error -> finding(error, prefix)).toList());
        }
    }

    private static Finding finding(ContentError error, String prefix) {
        String path = error.file().startsWith(prefix) ? error.file().substring(prefix.length()) : error.file();
        String course = prefix.substring(0, prefix.length() - 1);
        return new Finding(error.file().equals(course) ? "" : path, error.line(), error.column(), error.message(),
                error.severity() == ContentError.Severity.WARNING);
    }
}
