package org.mhfa.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The store of published course versions in the database, which every instance serves from: adding a version (under
 * the course's row lock, so numbers never clash between instances), reading one back, and the history.
 */
@ApplicationScoped
public class ContentVersions implements VersionStore {

    /** What a version is, without its files. */
    public record VersionInfo(long id, String courseId, int number, PublishedVersion.Source source, String author, String message,
            Instant createdAt, String treeSha256) {

        static VersionInfo of(PublishedVersion version) {
            return new VersionInfo(version.id, version.courseId, version.number, version.source, version.author, version.message,
                    version.createdAt, version.treeSha256);
        }

        public boolean retired() {
            return source == PublishedVersion.Source.RETIRE;
        }
    }

    /** Adds a version of {@code courseId} holding {@code files}, numbered after the newest. */
    @Transactional
    public VersionInfo add(String courseId, CourseFiles files, PublishedVersion.Source source, String author, String message) {
        VersionedCourse course = locked(courseId);
        return VersionInfo.of(insert(course, files, source, author, message));
    }

    /**
     * Adds a version when {@code files} differ from the newest version's (or the course is new or retired); otherwise
     * returns the newest version unchanged. Used for the content folder, whose unchanged files make no new version.
     */
    @Override
    @Transactional
    public VersionInfo addIfChanged(String courseId, CourseFiles files, PublishedVersion.Source source, String author, String message) {
        VersionedCourse course = locked(courseId);
        Optional<PublishedVersion> newest = newest(course);
        if (newest.isPresent() && !newest.get().retired() && newest.get().treeSha256.equals(files.treeSha256())) {
            return VersionInfo.of(newest.get());
        }
        return VersionInfo.of(insert(course, files, source, author, message));
    }

    /** Withdraws the course: a version with no files, after which it is not served; nothing if it is already withdrawn. */
    @Override
    @Transactional
    public Optional<VersionInfo> retire(String courseId, String author, String message) {
        VersionedCourse course = VersionedCourse.findById(courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null || newest(course).map(PublishedVersion::retired).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(VersionInfo.of(insert(course, CourseFiles.of(Map.of()), PublishedVersion.Source.RETIRE, author, message)));
    }

    /** The newest version number of every course: a cheap query each instance runs every few seconds. */
    @Override
    @Transactional
    public Map<String, Integer> newestNumbers() {
        Map<String, Integer> numbers = new HashMap<>();
        VersionedCourse.<VersionedCourse>listAll().forEach(course -> numbers.put(course.courseId, course.latestNumber));
        return numbers;
    }

    @Override
    @Transactional
    public Optional<VersionInfo> version(String courseId, int number) {
        return PublishedVersion.<PublishedVersion>find("courseId = ?1 and number = ?2", courseId, number).firstResultOptional()
                .map(VersionInfo::of);
    }

    @Transactional
    public Optional<VersionInfo> newest(String courseId) {
        VersionedCourse course = VersionedCourse.findById(courseId);
        return course == null ? Optional.empty() : newest(course).map(VersionInfo::of);
    }

    /** Every version of the course, newest first. */
    @Override
    @Transactional
    public List<VersionInfo> history(String courseId) {
        return PublishedVersion.<PublishedVersion>find("courseId = ?1 order by number desc", courseId).stream()
                .map(VersionInfo::of).toList();
    }

    /** The files of a version, byte for byte. */
    @Override
    @Transactional
    public CourseFiles files(long versionId) {
        List<Object[]> rows = PublishedFile.getEntityManager().createQuery(
                "select f.path, b.content from PublishedFile f join f.blob b where f.version.id = ?1", Object[].class)
                .setParameter(1, versionId).getResultList();
        SortedMap<String, byte[]> files = new TreeMap<>();
        rows.forEach(row -> files.put((String) row[0], (byte[]) row[1]));
        return CourseFiles.of(files);
    }

    /**
     * The bytes of an image that a published version of the course holds in its {@code assets/} folder under a name of
     * {@code format}, by their SHA-256; empty while the course is withdrawn.
     */
    @Transactional
    public Optional<byte[]> publishedAsset(String courseId, String sha256, ImageFormat format) {
        if (newest(courseId).map(VersionInfo::retired).orElse(true)) {
            return Optional.empty();
        }
        List<String> paths = PublishedFile.getEntityManager().createQuery("select distinct f.path from PublishedFile f join f.blob b "
                + "where b.courseId = ?1 and b.sha256 = ?2 and f.path like 'assets/%'", String.class)
                .setParameter(1, courseId).setParameter(2, sha256).getResultList();
        if (paths.stream().noneMatch(path -> ImageFormat.ofName(path).filter(format::equals).isPresent())) {
            return Optional.empty();
        }
        return ContentBlob.<ContentBlob>find("courseId = ?1 and sha256 = ?2", courseId, sha256).firstResultOptional()
                .map(blob -> blob.content);
    }

    private static VersionedCourse locked(String courseId) {
        VersionedCourse course = VersionedCourse.findById(courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            course = new VersionedCourse();
            course.courseId = courseId;
            course.latestNumber = 0;
            course.persistAndFlush();
        }
        return course;
    }

    private static Optional<PublishedVersion> newest(VersionedCourse course) {
        return PublishedVersion.<PublishedVersion>find("courseId = ?1 and number = ?2", course.courseId, course.latestNumber)
                .firstResultOptional();
    }

    private static PublishedVersion insert(VersionedCourse course, CourseFiles files, PublishedVersion.Source source, String author,
            String message) {
        PublishedVersion version = new PublishedVersion();
        version.courseId = course.courseId;
        version.number = course.latestNumber + 1;
        version.treeSha256 = files.treeSha256();
        version.source = source;
        version.author = author;
        version.message = message;
        version.createdAt = Instant.now();
        version.persist();
        Map<String, ContentBlob> blobs = new HashMap<>();
        ContentBlob.<ContentBlob>find("courseId", course.courseId).stream().forEach(blob -> blobs.put(blob.sha256, blob));
        files.files().forEach((path, bytes) -> {
            String sha256 = CourseFiles.sha256(bytes);
            ContentBlob blob = blobs.computeIfAbsent(sha256, key -> {
                ContentBlob fresh = new ContentBlob();
                fresh.courseId = course.courseId;
                fresh.sha256 = key;
                fresh.size = bytes.length;
                fresh.content = bytes;
                fresh.persist();
                return fresh;
            });
            PublishedFile file = new PublishedFile();
            file.version = version;
            file.path = path;
            file.blob = blob;
            file.persist();
        });
        course.latestNumber = version.number;
        return version;
    }
}
