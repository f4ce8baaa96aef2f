package org.mhfa.authoring;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mhfa.catalogue.ContentRepository;
import org.mhfa.catalogue.ContentVersions;
import org.mhfa.catalogue.CourseFiles;
import org.mhfa.catalogue.PublishedVersion;

/**
 * Turns a draft into an immutable published version (only when the whole course passes the checks), lists the
 * history with readable differences, and publishes an earlier version again (rollback).
 */
@ApplicationScoped
public class PublishingService {

    /** One changed file between two versions, with its lines side by side. */
    public record FileChange(String path, String kind, List<DiffRow> rows) {
    }

    private static final int MAX_MESSAGE = 500;

    private final DraftService drafts;
    private final DraftChecker checker;
    private final ContentVersions versions;
    private final ContentRepository repository;

    PublishingService(DraftService drafts, DraftChecker checker, ContentVersions versions, ContentRepository repository) {
        this.drafts = drafts;
        this.checker = checker;
        this.versions = versions;
        this.repository = repository;
    }

    /** Publishes the draft as the next version; {@link PublishRefusedException} with every error when it does not pass. */
    public ContentVersions.VersionInfo publish(String courseId, String message, Author author) {
        String why = message(message);
        CourseFiles files = drafts.files(courseId);
        DraftChecker.Checked checked = checker.check(courseId, files);
        if (!checked.publishable()) {
            throw new PublishRefusedException(checked.errors());
        }
        ContentVersions.VersionInfo version = versions.add(courseId, files, PublishedVersion.Source.PUBLISH, author.name(), why);
        drafts.rebase(courseId, version.number());
        repository.refresh();
        return version;
    }

    /** Publishes the files of an earlier version again, as a new version. */
    public ContentVersions.VersionInfo rollback(String courseId, int number, String message, Author author) {
        ContentVersions.VersionInfo earlier = version(courseId, number);
        if (earlier.retired()) {
            throw new InvalidDraftEditException(Map.of("number", "Version " + number + " withdrew the course; choose a version with files."));
        }
        String why = message == null || message.isBlank() ? "Rolled back to version " + number + "." : message(message);
        ContentVersions.VersionInfo version = versions.add(courseId, versions.files(earlier.id()), PublishedVersion.Source.ROLLBACK,
                author.name(), why);
        repository.refresh();
        return version;
    }

    public List<ContentVersions.VersionInfo> history(String courseId) {
        return versions.history(courseId);
    }

    public ContentVersions.VersionInfo version(String courseId, int number) {
        return versions.version(courseId, number).orElseThrow(() ->
                new UnknownAuthoringItemException("The course '" + courseId + "' has no version " + number + "."));
    }

    public CourseFiles files(String courseId, int number) {
        return versions.files(version(courseId, number).id());
    }

    /** What version {@code number} changed compared with the version before it, file by file. */
    @Transactional
    public List<FileChange> changes(String courseId, int number) {
        CourseFiles after = files(courseId, number);
        CourseFiles before = number > 1 ? files(courseId, number - 1) : CourseFiles.of(Map.of());
        return compare(before, after);
    }

    /** The differences between two trees of files, file by file, in path order. */
    public static List<FileChange> compare(CourseFiles before, CourseFiles after) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(false).mergeOriginalRevised(false).build();
        Set<String> paths = new TreeSet<>(before.files().keySet());
        paths.addAll(after.files().keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String path : paths) {
            byte[] old = before.files().get(path);
            byte[] now = after.files().get(path);
            if (old != null && now != null && java.util.Arrays.equals(old, now)) {
                continue;
            }
            String kind = old == null ? "added" : now == null ? "deleted" : "changed";
            List<DiffRow> rows = isText(path) ? generator.generateDiffRows(lines(old), lines(now)).stream()
                    .filter(row -> row.getTag() != DiffRow.Tag.EQUAL).toList() : List.of();
            changes.add(new FileChange(path, kind, rows));
        }
        return changes;
    }

    private static boolean isText(String path) {
        return path.endsWith(".md") || path.endsWith(".txt") || path.endsWith(".svg");
    }

    private static List<String> lines(byte[] bytes) {
        return bytes == null ? List.of() : List.of(DraftService.decode(bytes).split("\n", -1));
    }

    private static String message(String message) {
        if (message == null || message.isBlank()) {
            throw new InvalidDraftEditException(Map.of("message", "Say in a few words what this version changes."));
        }
        if (!org.mhfa.platform.PlainText.Validator.isPlain(message)) {
            throw new InvalidDraftEditException(Map.of("message", org.mhfa.platform.PlainText.MESSAGE));
        }
        String trimmed = message.strip();
        if (trimmed.length() > MAX_MESSAGE) {
            throw new InvalidDraftEditException(Map.of("message", "Keep the message to " + MAX_MESSAGE + " characters."));
        }
        return trimmed;
    }
}
