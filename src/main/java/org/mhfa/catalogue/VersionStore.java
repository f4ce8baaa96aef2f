package org.mhfa.catalogue;

import java.util.Map;
import java.util.Optional;

/** Where published course versions are kept and read back from; the platform keeps them in its database ({@link ContentVersions}). */
public interface VersionStore {

    /** Adds a version when {@code files} differ from the newest (or the course is new or withdrawn); else returns the newest. */
    ContentVersions.VersionInfo addIfChanged(String courseId, CourseFiles files, PublishedVersion.Source source, String author,
            String message);

    /** Withdraws the course: a version with no files; nothing if it is already withdrawn or unknown. */
    Optional<ContentVersions.VersionInfo> retire(String courseId, String author, String message);

    /** The newest version number of every course. */
    Map<String, Integer> newestNumbers();

    Optional<ContentVersions.VersionInfo> version(String courseId, int number);

    /** Every version of the course, newest first. */
    java.util.List<ContentVersions.VersionInfo> history(String courseId);

    /** The files of a version, byte for byte. */
    CourseFiles files(long versionId);
}
