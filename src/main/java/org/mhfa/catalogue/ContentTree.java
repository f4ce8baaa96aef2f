package org.mhfa.catalogue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A course's files laid out as {@code content/courses/<course>/…} in an in-memory file system, so that the content
 * loader reads a stored version or a draft exactly as it reads the content folder, and reports the same paths.
 */
public final class ContentTree implements AutoCloseable {

    private final FileSystem fileSystem;
    private final Path root;
    private final Path courseDir;

    private ContentTree(FileSystem fileSystem, Path root, Path courseDir) {
        this.fileSystem = fileSystem;
        this.root = root;
        this.courseDir = courseDir;
    }

    /** Lays out {@code files} as the course {@code courseId}. */
    public static ContentTree of(String courseId, CourseFiles files) {
        FileSystem fileSystem = Jimfs.newFileSystem(Configuration.unix().toBuilder().setWorkingDirectory("/").build());
        Path root = fileSystem.getPath("content");
        Path courseDir = root.resolve("courses").resolve(courseId);
        try {
            Files.createDirectories(courseDir);
            for (var file : files.files().entrySet()) {
                Path target = courseDir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentTree(fileSystem, root, courseDir);
    }

    /** Loads the course with {@code loader}, its errors naming {@code content/courses/<course>/<path>}. */
    public ContentLoader.CourseLoad load(ContentLoader loader) {
        return loader.loadCourse(root, courseDir);
    }

    /** Loads the course as far as it can be read: items with errors are left out and their errors added to {@code errors}. */
    public java.util.Optional<Course> loadPartial(ContentLoader loader, java.util.List<ContentError> errors) {
        return loader.loadCourse(root, courseDir, errors);
    }

    /** The path prefix of every error reported for a file of this course: {@code content/courses/<course>/}. */
    public String displayPrefix() {
        return courseDir + "/";
    }

    @Override
    public void close() {
        try {
            fileSystem.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
