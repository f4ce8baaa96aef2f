package org.mhfa.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one course folder by path ({@code 01-awareness/02-signs.md}, {@code assets/bus.png}), byte for byte,
 * with the SHA-256 of the whole tree: what a version holds and what a draft edits.
 */
public final class CourseFiles {

    /** A path segment: letters, digits, dot, hyphen and underscore, not starting with a dot. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    public static final int MAX_PATH_LENGTH = 300;
    public static final int MAX_DEPTH = 4;

    private final SortedMap<String, byte[]> files;
    private String treeSha256;

    private CourseFiles(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
    }

    /** The files given, by path; every path must pass {@link #isValidPath}. */
    public static CourseFiles of(Map<String, byte[]> files) {
        SortedMap<String, byte[]> sorted = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (!isValidPath(path)) {
                throw new IllegalArgumentException("not a course file path: " + path);
            }
            sorted.put(path, bytes.clone());
        });
        return new CourseFiles(sorted);
    }

    /** Reads a course folder from disk; hidden files (an editor's swap files, .DS_Store) are left out. */
    public static CourseFiles read(Path courseDir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(courseDir)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String path = courseDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (isValidPath(path)) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + courseDir, e);
        }
        return new CourseFiles(files);
    }

    /** Whether {@code path} is a relative path of at most {@link #MAX_DEPTH} plain segments that no file system reads otherwise. */
    public static boolean isValidPath(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_PATH_LENGTH) {
            return false;
        }
        String[] segments = path.split("/", -1);
        if (segments.length > MAX_DEPTH) {
            return false;
        }
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public byte[] bytes(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? null : bytes.clone();
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    public int size() {
        return files.size();
    }

    /** The SHA-256 of the tree: of each path with its file's SHA-256, in path order. */
    public synchronized String treeSha256() {
        if (treeSha256 == null) {
            MessageDigest tree = sha256();
            files.forEach((path, bytes) -> {
                tree.update(path.getBytes(StandardCharsets.UTF_8));
                tree.update((byte) 0);
                tree.update(sha256(bytes).getBytes(StandardCharsets.US_ASCII));
                tree.update((byte) '\n');
            });
            treeSha256 = HexFormat.of().formatHex(tree.digest());
        }
        return treeSha256;
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
