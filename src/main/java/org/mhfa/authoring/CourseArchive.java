package org.mhfa.authoring;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.mhfa.catalogue.CourseFiles;

/**
 * A course's files as a ZIP of the markdown tree ({@code <course>/course.md, <course>/01-…/…}), byte for byte both ways;
 * reading one is bounded in entries, in each entry's unpacked size and in the total, whatever the ZIP claims.
 */
public final class CourseArchive {

    /** The largest ZIP taken as an upload (a course's markdown compresses to far less). */
    public static final int MAX_ARCHIVE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ENTRIES = DraftService.MAX_FILES;
    public static final long MAX_ENTRY_BYTES = 5L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;

    private CourseArchive() {
    }

    /** The ZIP of {@code files}, each under {@code courseId/}, in path order with fixed times (the same files give the same bytes). */
    public static byte[] write(String courseId, CourseFiles files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
                ZipEntry entry = new ZipEntry(courseId + "/" + file.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The files of a ZIP made by {@link #write} or by hand: entries may sit under one top folder (the course's, whatever
     * its name) or at the root; folders, hidden files and {@code __MACOSX} are skipped; anything else that is not a
     * valid course path is refused, naming it.
     */
    public static CourseFiles read(byte[] zipBytes) {
        if (zipBytes.length > MAX_ARCHIVE_BYTES) {
            throw refused("The ZIP is larger than " + MAX_ARCHIVE_BYTES / (1024 * 1024) + " MB; import a larger course through the content folder.");
        }
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || skipped(name)) {
                    continue;
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw refused("The ZIP holds more than " + MAX_ENTRIES + " files.");
                }
                byte[] content = readBounded(zip, name);
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw refused("The ZIP unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MB.");
                }
                files.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw refused("The file is not a ZIP that can be read.");
        }
        if (files.isEmpty()) {
            throw refused("The ZIP holds no course files.");
        }
        return CourseFiles.of(withoutTopFolder(files));
    }

    private static boolean skipped(String name) {
        for (String segment : name.split("/")) {
            boolean hidden = segment.startsWith(".") && !segment.equals(".") && !segment.equals("..");
            if (hidden || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > MAX_ENTRY_BYTES) {
                throw refused("'" + name + "' unpacks to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MB.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Strips the one folder every entry sits in, when there is one and it holds course.md. */
    private static Map<String, byte[]> withoutTopFolder(Map<String, byte[]> files) {
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        String top = slash > 0 ? first.substring(0, slash + 1) : null;
        boolean allUnderTop = top != null && CourseFiles.isValidPath(top.substring(0, top.length() - 1)) && files.containsKey(top + "course.md")
                && files.keySet().stream().allMatch(path -> path.startsWith(top));
        Map<String, byte[]> result = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = allUnderTop ? file.getKey().substring(top.length()) : file.getKey();
            if (!CourseFiles.isValidPath(path)) {
                throw refused("'" + file.getKey() + "' is not a valid path for a course file: names of letters, digits, '.', '-' "
                        + "and '_', at most " + CourseFiles.MAX_DEPTH + " deep.");
            }
            result.put(path, file.getValue());
        }
        return result;
    }

    private static InvalidDraftEditException refused(String why) {
        return new InvalidDraftEditException(Map.of("archive", why));
    }
}
