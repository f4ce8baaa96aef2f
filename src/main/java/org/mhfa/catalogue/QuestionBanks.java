package org.mhfa.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The question banks of one course, read from its {@code banks/} folder before its modules, so that its knowledge checks
 * can add their questions to their pools; warns about banks that no knowledge check names.
 */
final class QuestionBanks {

    static final String FOLDER = "banks";
    static final String SUFFIX = ".bank.md";

    /** Every bank file by id, read or not: a bank with errors is reported once, in its own file. */
    private final Map<String, ContentFile> files;
    private final Map<String, QuestionBank> banks;
    private final String fingerprint;

    private QuestionBanks(Map<String, ContentFile> files, Map<String, QuestionBank> banks, String fingerprint) {
        this.files = files;
        this.banks = banks;
        this.fingerprint = fingerprint;
    }

    /** The banks of a course that has none. */
    static final QuestionBanks NONE = new QuestionBanks(Map.of(), Map.of(), "");

    /** What reading a bank file needs from the course being read: its checks, and where its findings go. */
    record Reading(Path root, QuizParser parser, MessageDigest courseDigest, List<ContentError> problems,
            SafeMessagingCheck safety, List<CourseReference> references) {
    }

    /** Reads {@code courseDir/banks/*.bank.md}; their bytes are added to the course's digest. */
    static QuestionBanks read(Path courseDir, Reading reading) {
        Map<String, ContentFile> files = new LinkedHashMap<>();
        Map<String, QuestionBank> banks = new LinkedHashMap<>();
        MessageDigest all = ContentLoader.sha256();
        for (Path path : bankFiles(courseDir.resolve(FOLDER))) {
            String name = path.getFileName().toString();
            String id = name.substring(0, name.length() - SUFFIX.length());
            ContentFile file = new ContentFile(reading.root(), path, reading.problems());
            if (!ContentLoader.ID.matcher(id).matches()) {
                file.error(1, 1, "'" + id + "' is not a valid question bank id: use lowercase letters, digits and hyphens, "
                        + "starting with a letter (e.g. " + FOLDER + "/warning-signs" + SUFFIX + ")");
                continue;
            }
            files.put(id, file);
            MessageDigest digest = ContentLoader.sha256();
            Optional<String> text = ContentText.read(path, file, digest, reading.root());
            if (text.isEmpty()) {
                continue;
            }
            reading.safety().check(file, text.get());
            byte[] hash = digest.digest();
            reading.courseDigest().update(hash);
            all.update(hash);
            String version = HexFormat.of().formatHex(hash).substring(0, 12);
            try {
                reading.parser().parseBank(file, id, text.get(), version).ifPresent(bank -> banks.put(id, bank));
            } catch (StackOverflowError e) {
                file.error(1, 1, ContentLoader.TOO_DEEP);
            }
            reading.references().addAll(file.references());
        }
        return new QuestionBanks(files, banks, HexFormat.of().formatHex(all.digest()).substring(0, 12));
    }

    /** The bank files in {@code folder}, drafts (names starting with _ or .) left out; other files there are ignored. */
    private static List<Path> bankFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.filter(Files::isRegularFile).filter(path -> isBankName(path.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether a file in the {@code banks/} folder is read as a bank. */
    static boolean isBankName(String name) {
        return name.endsWith(SUFFIX) && name.length() > SUFFIX.length() && !name.startsWith("_") && !name.startsWith(".");
    }

    /**
     * The banks a knowledge check names, in the order named; a name that is no bank, or is named twice, is reported in
     * {@code file}; a bank with errors (reported in its own file) is left out.
     */
    List<QuestionBank> named(ContentFile file, List<FrontMatter.Located<String>> names) {
        List<QuestionBank> named = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (FrontMatter.Located<String> name : names) {
            file.nameBank(name.value());
            if (!files.containsKey(name.value())) {
                file.error(name.line(), name.column(), "'banks' names '" + name.value() + "', but the course has no "
                        + FOLDER + "/" + name.value() + SUFFIX + FrontMatter.suggestion(name.value(), files.keySet()));
            } else if (!seen.add(name.value())) {
                file.error(name.line(), name.column(), "'banks' names '" + name.value() + "' twice: name each bank once");
            } else if (banks.containsKey(name.value())) {
                named.add(banks.get(name.value()));
            }
        }
        return named;
    }

    /**
     * The version of a knowledge check: its file's hash, and when it draws from banks, a hash of that with each bank's, so
     * that an edit of a bank makes a new version of every check that draws from it.
     */
    static String poolVersion(String fileVersion, List<QuestionBank> banks) {
        if (banks.isEmpty()) {
            return fileVersion;
        }
        MessageDigest digest = ContentLoader.sha256();
        digest.update(fileVersion.getBytes(StandardCharsets.UTF_8));
        banks.forEach(bank -> digest.update(("\n" + bank.id() + "@" + bank.version()).getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** A hash of every bank's bytes: part of the key under which a knowledge check's parse is kept. */
    String fingerprint() {
        return fingerprint;
    }

    /**
     * Warns in each bank file that no knowledge check of the course names; a bank suggested for a misspelt name ("did you
     * mean") counts as named, its misspelling already reported.
     */
    void warnUnused(Set<String> named) {
        Set<String> used = new LinkedHashSet<>(named);
        named.stream().filter(name -> !files.containsKey(name))
                .forEach(name -> FrontMatter.closest(name, files.keySet()).ifPresent(used::add));
        files.forEach((id, file) -> {
            if (!used.contains(id)) {
                file.warning(1, 1, "no knowledge check draws from the question bank '" + id + "': name it in a check's "
                        + "front matter, e.g. 'banks: [" + id + "]', or start the file's name with '_' to keep it as a draft");
            }
        });
    }
}
