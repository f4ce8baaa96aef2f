package org.mhfa.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mhfa.catalogue.AssetUrls;
import org.mhfa.catalogue.ContentVersions;
import org.mhfa.catalogue.CourseFiles;
import org.mhfa.catalogue.ImageFormat;
import org.mhfa.platform.PlainText;

/**
 * A course's draft: the files being edited, started from the newest published version on the first change. Saving
 * names the revision it was based on; when another author saved since, the save is refused with both texts.
 */
@ApplicationScoped
public class DraftService {

    /** The most files a course may hold (a 1,000-lesson course fits with room to spare). */
    public static final int MAX_FILES = 2_000;
    /** The longest file the editor saves, in characters: a lesson longer than this is better split in two. */
    public static final int MAX_TEXT_CHARS = 65_536;
    /** The folder of a course's images, whose paths start with it. */
    public static final String ASSETS = "assets/";

    /** One file of the draft: its path, text, revision (0 while the draft is not started) and who changed it last. */
    public record DraftText(String path, String text, int revision, String updatedBy, Instant updatedAt) {
    }

    /** A file of the draft in a listing; an image has the address the preview shows it at. */
    public record Listed(String path, int size, int revision, String updatedBy, Instant updatedAt, String imageUrl) {

        /** An image's name inside the {@code assets/} folder, as a lesson writes it. */
        public String imageName() {
            return path.startsWith(ASSETS) ? path.substring(ASSETS.length()) : path;
        }
    }

    /** The draft's state: which version it started from, the newest published, and its files. */
    public record DraftState(String courseId, boolean started, int baseNumber, int publishedNumber, List<Listed> files) {

        /** Whether a version was published after the draft started (publishing the draft would replace it). */
        public boolean behind() {
            return started && publishedNumber > baseNumber;
        }
    }

    private final ContentVersions versions;

    DraftService(ContentVersions versions) {
        this.versions = versions;
    }

    /** Whether the course exists: published at least once, or drafted. */
    @Transactional
    public boolean exists(String courseId) {
        return versions.newest(courseId).isPresent() || CourseDraft.findById(courseId) != null;
    }

    @Transactional
    public DraftState state(String courseId) {
        int published = versions.newest(courseId).map(ContentVersions.VersionInfo::number).orElse(0);
        CourseDraft draft = CourseDraft.findById(courseId);
        List<Listed> files = new ArrayList<>();
        if (draft != null) {
            DraftFile.<DraftFile>find("courseId = ?1 order by path", courseId).stream().forEach(file -> files.add(new Listed(file.path,
                    file.content.length, file.revision, file.updatedBy, file.updatedAt, imageUrl(courseId, file.path, file.content))));
        } else {
            publishedFiles(courseId).files().forEach((path, bytes) ->
                    files.add(new Listed(path, bytes.length, 0, null, null, imageUrl(courseId, path, bytes))));
        }
        return new DraftState(courseId, draft != null, draft == null ? published : draft.baseNumber, published, files);
    }

    /** The draft's files as they are now (the newest published version's while no draft is started). */
    @Transactional
    public CourseFiles files(String courseId) {
        if (CourseDraft.findById(courseId) == null) {
            return publishedFiles(courseId);
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        DraftFile.<DraftFile>find("courseId", courseId).stream().forEach(file -> files.put(file.path, file.content));
        return CourseFiles.of(files);
    }

    /** The draft's files with {@code path} holding {@code text} instead: what a check of unsaved text reads. */
    @Transactional
    public CourseFiles filesWith(String courseId, String path, String text) {
        checkPath(path);
        Map<String, byte[]> changed = new TreeMap<>(files(courseId).files());
        changed.put(path, encode(text));
        return CourseFiles.of(changed);
    }

    @Transactional
    public DraftText text(String courseId, String path) {
        checkPath(path);
        if (isImage(path)) {
            throw new InvalidDraftEditException(Map.of("path", "'" + path + "' is an image: it is shown, not edited as text."));
        }
        Optional<DraftFile> file = find(courseId, path);
        if (file.isPresent()) {
            return new DraftText(path, decode(file.get().content), file.get().revision, file.get().updatedBy, file.get().updatedAt);
        }
        if (CourseDraft.findById(courseId) == null) {
            byte[] bytes = publishedFiles(courseId).bytes(path);
            if (bytes != null) {
                return new DraftText(path, decode(bytes), 0, null, null);
            }
        }
        throw new UnknownAuthoringItemException("The draft of '" + courseId + "' has no file '" + path + "'.");
    }

    /**
     * Saves {@code text} as the file's content, if the file is still at {@code baseRevision} (0: as published, before the
     * draft started); returns the new revision. {@link EditConflictException} when another author saved or deleted it since.
     */
    @Transactional
    public int save(String courseId, String path, String text, int baseRevision, Author author) {
        checkTextPath(path);
        byte[] bytes = encode(text);
        if (baseRevision < 0) {
            throw new InvalidDraftEditException(Map.of("baseRevision", "Send the revision the file had when you opened it (0 or more)."));
        }
        CourseDraft draft = start(courseId, author);
        Optional<DraftFile> current = find(courseId, path);
        if (current.isEmpty()) {
            throw new EditConflictException(path, text, null, 0, draft.updatedBy);
        }
        DraftFile file = current.get();
        if (file.revision != Math.max(1, baseRevision)) {
            throw new EditConflictException(path, text, decode(file.content), file.revision, file.updatedBy);
        }
        write(file, bytes, author);
        touch(draft, author);
        return file.revision;
    }

    /** Adds a new file to the draft. */
    @Transactional
    public void create(String courseId, String path, String text, Author author) {
        checkTextPath(path);
        byte[] bytes = encode(text);
        CourseDraft draft = start(courseId, author);
        if (find(courseId, path).isPresent()) {
            throw new InvalidDraftEditException(Map.of("path", "There is already a file '" + path + "': choose another name."));
        }
        if (DraftFile.count("courseId", courseId) >= MAX_FILES) {
            throw new InvalidDraftEditException(Map.of("path", "A course holds at most " + MAX_FILES + " files."));
        }
        insert(courseId, path, bytes, author);
        touch(draft, author);
    }

    /** Adds the image at {@code path} to the draft, or replaces the one there; its bytes were checked by the caller. */
    @Transactional
    public void putImage(String courseId, String path, byte[] bytes, Author author) {
        checkPath(path);
        CourseDraft draft = start(courseId, author);
        Optional<DraftFile> current = find(courseId, path);
        if (current.isPresent()) {
            write(current.get(), bytes, author);
        } else if (DraftFile.count("courseId", courseId) >= MAX_FILES) {
            throw new InvalidDraftEditException(Map.of("image", "A course holds at most " + MAX_FILES + " files."));
        } else {
            insert(courseId, path, bytes, author);
        }
        touch(draft, author);
    }

    /** The bytes of an image the draft holds (in {@code assets/}, named as {@code format}) with this SHA-256. */
    @Transactional
    public Optional<byte[]> image(String courseId, String sha256, ImageFormat format) {
        return DraftFile.<DraftFile>find("courseId = ?1 and (sha256 = ?2 or sha256 is null) and path like 'assets/%'", courseId, sha256)
                .stream().filter(file -> ImageFormat.ofName(file.path).filter(format::equals).isPresent())
                .filter(file -> sha256.equals(file.sha256 != null ? file.sha256 : CourseFiles.sha256(file.content)))
                .map(file -> file.content).findFirst();
    }

    /** Moves a file (or every file under a folder) to another path; how modules and items are renamed and reordered. */
    @Transactional
    public void rename(String courseId, String from, String to, Author author) {
        checkPath(from);
        checkPath(to);
        CourseDraft draft = start(courseId, author);
        List<DraftFile> moving = under(courseId, from);
        if (moving.isEmpty()) {
            throw new UnknownAuthoringItemException("The draft of '" + courseId + "' has no file or folder '" + from + "'.");
        }
        for (DraftFile file : moving) {
            String target = to + file.path.substring(from.length());
            if (!CourseFiles.isValidPath(target) || find(courseId, target).isPresent()) {
                throw new InvalidDraftEditException(Map.of("to", "'" + target + "' exists already or is not a valid path."));
            }
        }
        for (DraftFile file : moving) {
            file.path = to + file.path.substring(from.length());
            file.revision++;
            file.updatedBy = author.name();
            file.updatedAt = Instant.now();
        }
        touch(draft, author);
    }

    /**
     * Moves an item or a module one place up or down by swapping its number with its neighbour's ({@link DraftOrder}). The
     * files pass through temporary paths, flushed, so that the unique path of a draft file holds at every step.
     */
    @Transactional
    public void reorder(String courseId, String path, DraftOrder.Direction direction, Author author) {
        checkPath(path);
        CourseDraft draft = start(courseId, author);
        List<DraftFile> files = DraftFile.<DraftFile>find("courseId", courseId).list();
        Map<String, String> renames = DraftOrder.renames(files.stream().map(file -> file.path).toList(), path, direction);
        List<DraftFile> moving = files.stream().filter(file -> renames.containsKey(file.path)).toList();
        List<String> targets = moving.stream().map(file -> renames.get(file.path)).toList();
        for (int i = 0; i < moving.size(); i++) {
            moving.get(i).path = ".reordering-" + i;
        }
        DraftFile.flush();
        for (int i = 0; i < moving.size(); i++) {
            DraftFile file = moving.get(i);
            file.path = targets.get(i);
            file.revision++;
            file.updatedBy = author.name();
            file.updatedAt = Instant.now();
        }
        touch(draft, author);
    }

    /** Removes a file (or a folder with everything in it) from the draft. */
    @Transactional
    public void delete(String courseId, String path, Author author) {
        checkPath(path);
        CourseDraft draft = start(courseId, author);
        List<DraftFile> deleting = under(courseId, path);
        deleting.forEach(DraftFile::delete);
        if (deleting.isEmpty()) {
            throw new UnknownAuthoringItemException("The draft of '" + courseId + "' has no file or folder '" + path + "'.");
        }
        touch(draft, author);
    }

    /** Replaces the whole draft with {@code files} (an imported ZIP); a new draft based on the newest version. */
    @Transactional
    public void replace(String courseId, CourseFiles files, Author author) {
        discard(courseId);
        CourseDraft draft = new CourseDraft();
        draft.courseId = courseId;
        draft.baseNumber = versions.newest(courseId).map(ContentVersions.VersionInfo::number).orElse(0);
        draft.createdBy = author.name();
        draft.updatedBy = author.name();
        draft.updatedAt = Instant.now();
        draft.persist();
        files.files().forEach((path, bytes) -> insert(courseId, path, bytes, author));
    }

    /** Throws the draft away: the editor shows the newest published version again. */
    @Transactional
    public void discard(String courseId) {
        DraftFile.delete("courseId", courseId);
        CourseDraft.deleteById(courseId);
    }

    /** After publishing: the draft now starts from the version just published. */
    @Transactional
    public void rebase(String courseId, int number) {
        CourseDraft draft = CourseDraft.findById(courseId);
        if (draft != null) {
            draft.baseNumber = number;
        }
    }

    private CourseDraft start(String courseId, Author author) {
        CourseDraft draft = CourseDraft.findById(courseId, LockModeType.PESSIMISTIC_WRITE);
        if (draft != null) {
            return draft;
        }
        Optional<ContentVersions.VersionInfo> newest = versions.newest(courseId);
        draft = new CourseDraft();
        draft.courseId = courseId;
        draft.baseNumber = newest.map(ContentVersions.VersionInfo::number).orElse(0);
        draft.createdBy = author.name();
        draft.updatedBy = author.name();
        draft.updatedAt = Instant.now();
        draft.persistAndFlush();
        if (newest.isPresent()) {
            versions.files(newest.get().id()).files().forEach((path, bytes) -> insert(courseId, path, bytes, author));
        }
        return draft;
    }

    /** The files of the newest published version (none while the course was never published or is withdrawn). */
    private CourseFiles publishedFiles(String courseId) {
        return versions.newest(courseId).filter(version -> !version.retired())
                .map(version -> versions.files(version.id())).orElse(CourseFiles.of(Map.of()));
    }

    private static Optional<DraftFile> find(String courseId, String path) {
        return DraftFile.<DraftFile>find("courseId = ?1 and path = ?2", courseId, path).firstResultOptional();
    }

    private static void insert(String courseId, String path, byte[] bytes, Author author) {
        DraftFile file = new DraftFile();
        file.courseId = courseId;
        file.path = path;
        file.content = bytes;
        file.sha256 = CourseFiles.sha256(bytes);
        file.revision = 1;
        file.updatedBy = author.name();
        file.updatedAt = Instant.now();
        file.persist();
    }

    private static void write(DraftFile file, byte[] bytes, Author author) {
        file.content = bytes;
        file.sha256 = CourseFiles.sha256(bytes);
        file.revision++;
        file.updatedBy = author.name();
        file.updatedAt = Instant.now();
    }

    private static void touch(CourseDraft draft, Author author) {
        draft.updatedBy = author.name();
        draft.updatedAt = Instant.now();
    }

    private static void checkPath(String path) {
        if (!CourseFiles.isValidPath(path)) {
            throw new InvalidDraftEditException(Map.of("path", "A path is up to " + CourseFiles.MAX_DEPTH + " folder and file names "
                    + "separated by '/', each of letters, digits, '.', '-' and '_', not starting with a dot, such as "
                    + "01-awareness/02-signs.md."));
        }
    }

    /** Whether {@code path} is an image of the course's {@code assets/} folder, which is uploaded rather than written. */
    public static boolean isImage(String path) {
        return path.startsWith(ASSETS) && ImageFormat.ofName(path).isPresent();
    }

    private static String imageUrl(String courseId, String path, byte[] bytes) {
        return isImage(path) ? AssetUrls.url(courseId, CourseFiles.sha256(bytes), ImageFormat.ofName(path).orElseThrow()) : null;
    }

    private static void checkTextPath(String path) {
        checkPath(path);
        if (isImage(path)) {
            throw new InvalidDraftEditException(Map.of("path", "'" + path + "' names an image: add images with \"Add an image\"."));
        }
    }

    private static byte[] encode(String text) {
        if (text == null) {
            throw new InvalidDraftEditException(Map.of("text", "Send the file's text."));
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new InvalidDraftEditException(Map.of("text", "A file holds at most " + MAX_TEXT_CHARS + " characters in the editor; "
                    + "split it into several lessons."));
        }
        if (!PlainText.Validator.isPlain(text)) {
            throw new InvalidDraftEditException(Map.of("text", PlainText.MESSAGE));
        }
        return text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The file at {@code path}, or every file in the folder {@code path}. */
    private static List<DraftFile> under(String courseId, String path) {
        return DraftFile.<DraftFile>find("courseId", courseId).stream()
                .filter(file -> file.path.equals(path) || file.path.startsWith(path + "/")).toList();
    }
}
