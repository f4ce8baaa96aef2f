package org.mhfa.platform;

import static java.util.Map.entry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map.Entry;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.mhfa.authoring.CourseArchive;
import org.mhfa.platform.CorpusFixture.Body;

/** The ZIP bad-input corpus, for importing a course: bodies that are not a course's markdown tree within the limits. */
final class ArchiveCorpus {

    static final List<Entry<String, Function<byte[], byte[]>>> ARCHIVES = List.of(
            entry("an empty body", good -> new byte[0]),
            entry("not a ZIP", good -> utf8("course.md is not in here")),
            entry("a ZIP cut short", good -> java.util.Arrays.copyOf(good, good.length / 2)),
            entry("a path outside the course (../)", good -> zip("../../etc/passwd", utf8("root"))),
            entry("an absolute path", good -> zip("/etc/passwd", utf8("root"))),
            entry("a file that unpacks past 5 MB", good -> zip("course.md", new byte[(int) CourseArchive.MAX_ENTRY_BYTES + 1])),
            entry("no files, only a folder", good -> zip("only-a-folder/", null)),
            entry("more files than a course may hold", good -> manyFiles()),
            entry("a ZIP over 5 MB", good -> JsonCorpus.concat(good, new byte[CourseArchive.MAX_ARCHIVE_BYTES])),
            entry("a body over the size limit", good -> JsonCorpus.concat(good, new byte[(int) CorpusLimits.maxBodySize() + 1024])));

    private ArchiveCorpus() {
    }

    static List<CorpusCase> cases() {
        return ARCHIVES.stream().map(archive -> new CorpusCase(archive.getKey(),
                fixture -> new Body("application/zip", archive.getValue().apply(((CorpusFixture.Archive) fixture).valid())))).toList();
    }

    private static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            if (content != null) {
                zip.write(content);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] manyFiles() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= CourseArchive.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("01-module/" + i + "-lesson.md"));
                zip.write('x');
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
