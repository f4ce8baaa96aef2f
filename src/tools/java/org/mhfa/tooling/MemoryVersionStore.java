package org.mhfa.tooling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mhfa.catalogue.ContentVersions.VersionInfo;
import org.mhfa.catalogue.CourseFiles;
import org.mhfa.catalogue.PublishedVersion;
import org.mhfa.catalogue.VersionStore;

/** Published versions kept in memory, for timing the content repository on its own, without a database. */
final class MemoryVersionStore implements VersionStore {

    private final List<VersionInfo> versions = new ArrayList<>();
    private final List<CourseFiles> files = new ArrayList<>();

    @Override
    public synchronized VersionInfo addIfChanged(String courseId, CourseFiles tree, PublishedVersion.Source source, String author,
            String message) {
        Optional<VersionInfo> newest = newest(courseId);
        if (newest.isPresent() && !newest.get().retired() && newest.get().treeSha256().equals(tree.treeSha256())) {
            return newest.get();
        }
        return add(courseId, tree, source, author, message);
    }

    @Override
    public synchronized Optional<VersionInfo> retire(String courseId, String author, String message) {
        Optional<VersionInfo> newest = newest(courseId);
        if (newest.isEmpty() || newest.get().retired()) {
            return Optional.empty();
        }
        return Optional.of(add(courseId, CourseFiles.of(Map.of()), PublishedVersion.Source.RETIRE, author, message));
    }

    @Override
    public synchronized Map<String, Integer> newestNumbers() {
        Map<String, Integer> numbers = new HashMap<>();
        versions.forEach(version -> numbers.merge(version.courseId(), version.number(), Math::max));
        return numbers;
    }

    @Override
    public synchronized Optional<VersionInfo> version(String courseId, int number) {
        return versions.stream().filter(v -> v.courseId().equals(courseId) && v.number() == number).findFirst();
    }

    @Override
    public synchronized List<VersionInfo> history(String courseId) {
        return versions.stream().filter(version -> version.courseId().equals(courseId))
                .sorted(java.util.Comparator.comparingInt(VersionInfo::number).reversed()).toList();
    }

    @Override
    public synchronized CourseFiles files(long versionId) {
        return files.get((int) versionId);
    }

    private Optional<VersionInfo> newest(String courseId) {
        return Optional.ofNullable(newestNumbers().get(courseId)).flatMap(number -> version(courseId, number));
    }

    private VersionInfo add(String courseId, CourseFiles tree, PublishedVersion.Source source, String author, String message) {
        int number = newestNumbers().getOrDefault(courseId, 0) + 1;
        VersionInfo version = new VersionInfo(versions.size(), courseId, number, source, author, message, Instant.now(), tree.treeSha256());
        versions.add(version);
        files.add(tree);
        return version;
    }
}
