package org.mhfa.catalogue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Warns about the files of a course folder that the loader does not read, so that a misnamed or misplaced file is
 * never silently left out. Drafts (names starting with {@code _} or {@code .}), files the operating system leaves
 * ({@code Thumbs.db}) and the {@code assets/} folder are not reported; question banks are read from {@code banks/}.
 */
final class IgnoredFiles {

    static final String ASSETS = "assets";
    /** Files an operating system leaves in folders by itself, which the author cannot rename. */
    private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini");
    private static final String KEEP_UNREAD = "; to keep it here unread, start its name with '_'";

    private IgnoredFiles() {
    }

    /** Reports every file under {@code courseDir} that the loader ignores, as warnings in path order. */
    static void report(Path root, Path courseDir, List<ContentError> problems) {
        for (Path file : ignored(courseDir)) {
            new ContentFile(root, file, problems).warning(1, 1, "the file is ignored: " + reason(courseDir.relativize(file)));
        }
    }

    private static List<Path> ignored(Path courseDir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(courseDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    Path relative = courseDir.relativize(dir);
                    boolean assets = relative.getNameCount() == 1 && relative.toString().equals(ASSETS);
                    boolean skipped = !dir.equals(courseDir) && (isNotForReaders(dir) || assets);
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && !isNotForReaders(file) && !isRead(courseDir.relativize(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        files.sort(null);
        return files;
    }

    /**
     * True for {@code course.md}, for {@code module.md}, lessons, checks and scenarios directly in a module folder, and
     * for question banks directly in {@code banks/}.
     */
    private static boolean isRead(Path relative) {
        String name = relative.getFileName().toString();
        if (relative.getNameCount() == 1) {
            return name.equals("course.md");
        }
        boolean inBanks = relative.getName(0).toString().equals(QuestionBanks.FOLDER);
        return relative.getNameCount() == 2 && (inBanks ? QuestionBanks.isBankName(name)
                : name.endsWith(".md") && !name.endsWith(QuestionBanks.SUFFIX));
    }

    private static String reason(Path relative) {
        String name = relative.getFileName().toString();
        if (name.endsWith(QuestionBanks.SUFFIX) || relative.getName(0).toString().equals(QuestionBanks.FOLDER)) {
            return "question banks go directly in the course's " + QuestionBanks.FOLDER + "/ folder, named <bank-id>"
                    + QuestionBanks.SUFFIX + ", such as " + QuestionBanks.FOLDER + "/warning-signs" + QuestionBanks.SUFFIX + KEEP_UNREAD;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extension.equals("md") && !extension.equals("markdown")) {
            return "a course reads only its markdown files: put images and other files in the course's " + ASSETS
                    + "/ folder" + KEEP_UNREAD;
        }
        String renamed = name.substring(0, dot) + ".md";
        int depth = relative.getNameCount();
        if (depth == 2 || (depth == 1 && renamed.equalsIgnoreCase("course.md"))) {
            return "the platform reads only files ending in '.md': rename it to '"
                    + (depth == 1 ? "course.md" : renamed) + "'" + KEEP_UNREAD;
        }
        if (depth == 1) {
            return "lessons, knowledge checks and scenarios go in a module folder such as 01-introduction/, not directly "
                    + "in the course folder" + KEEP_UNREAD;
        }
        return "lessons, knowledge checks and scenarios go directly in their module folder, not in a folder inside it"
                + KEEP_UNREAD;
    }

    /** True for a draft, a hidden file or folder, or a file the operating system left. */
    private static boolean isNotForReaders(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith("_") || name.startsWith(".") || SYSTEM_FILES.contains(name.toLowerCase(Locale.ROOT));
    }
}
