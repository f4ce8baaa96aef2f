package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate <content dir>} subcommand, run in-process with captured output. */
class ValidateCommandTest {

    /** The sample content; tests run with the project folder as the working directory. */
    private static final Path SAMPLE = Path.of("content");

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return ValidateCommand.run(args, outStream, errStream);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void sampleContentIsValid() {
        int exitCode = run(SAMPLE.toString());

        assertEquals("", err());
        assertEquals(0, exitCode);
        assertTrue(out().startsWith("content OK: "), out());
    }

    @Test
    void sampleContentSummaryCountsEveryPublishedCourse() throws IOException {
        long courses;
        try (Stream<Path> dirs = Files.list(SAMPLE.resolve("courses"))) {
            courses = dirs.filter(Files::isDirectory).filter(ValidateCommandTest::published).count();
        }

        assertEquals(0, run(SAMPLE.toString()));

        assertTrue(courses >= 1);
        assertTrue(out().startsWith("content OK: " + courses + " course(s), "), out());
        assertTrue(out().endsWith(System.lineSeparator()), out());
    }

    private static boolean published(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith("_") && !name.startsWith(".");
    }

    @Test
    void brokenContentFailsWithEveryErrorAndACount() throws IOException {
        write("courses/demo/course.md", "---\ntitle: Demo\nsummary: A demo.\n---\nIntro.\n");
        write("courses/demo/01-start/module.md", "---\ntitle: Start\n---\n");
        write("courses/demo/01-start/01-hello.md", "---\ntitle: Hello\nminute: 3\n---\nHello.\n");
        write("courses/demo/01-start/02-check.quiz.md", "---\ntitle: Check\n---\n## Question?\n\n- [ ] A\n- [ ] B\n");
        write("courses/other/course.md", "---\ntitle: Other\n---\n");
        write("courses/other/01-start/module.md", "---\ntitle: Start\n---\n");
        write("courses/other/01-start/01-hello.md", "---\ntitle: Hello\n---\nHello.\n");

        int exitCode = run(root.toString());

        assertEquals(1, exitCode);
        assertEquals("", out());
        String n = System.lineSeparator();
        assertEquals(root.resolve("courses/demo/01-start/01-hello.md") + ":3:1: unknown front-matter key 'minute'; "
                + "did you mean 'minutes'?; allowed keys: minutes, required, title" + n
                + root.resolve("courses/demo/01-start/02-check.quiz.md") + ":6:1: question 'q1' has no correct answer: "
                + "mark the right option with '[x]'" + n
                + root.resolve("courses/other/course.md") + ":1:1: the front matter needs 'summary:'; "
                + "add a line such as 'summary: ...'" + n
                + "3 error(s) in 2 course(s)" + n,
                err(), "courses are checked in name order, files in number order");
    }

    @Test
    void warningsArePrintedWithTheirCountButTheContentIsValid() throws IOException {
        write("courses/demo/course.md", "---\ntitle: Demo\nsummary: A demo.\n---\nIntro.\n");
        write("courses/demo/01-start/module.md", "---\ntitle: Start\n---\n");
        write("courses/demo/01-start/01-hello.md", "---\ntitle: Hello\n---\nHello.\n");
        write("courses/demo/01-start/02-more.markdown", "---\ntitle: More\n---\nMore.\n");

        int exitCode = run(root.toString());

        assertEquals(0, exitCode);
        String n = System.lineSeparator();
        assertEquals(root.resolve("courses/demo/01-start/02-more.markdown") + ":1:1: warning: the file is ignored: the "
                + "platform reads only files ending in '.md': rename it to '02-more.md'; to keep it here unread, start its "
                + "name with '_'" + n + "1 warning(s)" + n, err());
        assertEquals("content OK: 1 course(s), 1 lesson(s), 0 knowledge check(s), 0 scenario(s)" + n, out());
    }

    @Test
    void warningsAreCountedNextToErrors() throws IOException {
        write("courses/demo/course.md", "---\ntitle: Demo\n---\nIntro.\n");
        write("courses/demo/01-start/module.md", "---\ntitle: Start\n---\n");
        write("courses/demo/01-start/01-hello.md", "---\ntitle: Hello\n---\nHello.\n");
        write("courses/demo/notes.txt", "to do");

        assertEquals(1, run(root.toString()));

        assertTrue(err().endsWith("1 error(s) in 1 course(s), 1 warning(s)" + System.lineSeparator()), err());
    }

    private void writeTwoCoursesWithAnErrorEach() throws IOException {
        write("courses/demo/course.md", "---\ntitle: Demo\nsummary: A demo.\n---\nIntro.\n");
        write("courses/demo/01-start/module.md", "---\ntitle: Start\n---\n");
        write("courses/demo/01-start/01-hello.md", "---\ntitle: Hello\nminute: 3\n---\nHello.\n");
        write("courses/other/course.md", "---\ntitle: Other\n---\n");
        write("courses/other/01-start/module.md", "---\ntitle: Start\n---\n");
        write("courses/other/01-start/01-hello.md", "---\ntitle: Hello\n---\nHello.\n");
    }

    @Test
    void aCourseFolderIsCheckedOnItsOwn() throws IOException {
        writeTwoCoursesWithAnErrorEach();

        int exitCode = run(root.resolve("courses/demo").toString());

        assertEquals(1, exitCode);
        String n = System.lineSeparator();
        assertEquals(root.resolve("courses/demo/01-start/01-hello.md") + ":3:1: unknown front-matter key 'minute'; "
                + "did you mean 'minutes'?; allowed keys: minutes, required, title" + n
                + "1 error(s) in 1 course(s)" + n, err());
    }

    @Test
    void aValidCourseFolderIsReportedAsOneCourse() throws IOException {
        writeTwoCoursesWithAnErrorEach();
        write("courses/demo/01-start/01-hello.md", "---\ntitle: Hello\nminutes: 3\n---\nHello.\n");

        assertEquals(0, run(root.resolve("courses/demo/").toString()));

        assertEquals("", err());
        assertEquals("content OK: 1 course(s), 1 lesson(s), 0 knowledge check(s), 0 scenario(s)" + System.lineSeparator(), out());
    }

    @Test
    void theSampleCourseFolderIsValidOnItsOwn() {
        Path course = SAMPLE.resolve("courses/community-crisis-support");

        assertEquals(0, run(course.toString()));

        assertEquals("", err());
        assertTrue(out().startsWith("content OK: 1 course(s), "), out());
    }

    @Test
    void theCoursesFolderIsCheckedAsTheContentFolder() throws IOException {
        writeTwoCoursesWithAnErrorEach();

        assertEquals(1, run(root.resolve("courses").toString()));

        assertTrue(err().endsWith("2 error(s) in 2 course(s)" + System.lineSeparator()), err());
    }

    @Test
    void aModuleFolderIsAUsageErrorThatSaysWhatToPass() throws IOException {
        writeTwoCoursesWithAnErrorEach();
        Path module = root.resolve("courses/demo/01-start");

        assertEquals(2, run(module.toString()));

        assertEquals(module + " is a module folder: pass its course folder (" + root.resolve("courses/demo") + ") to check "
                + "that course, or the content folder (the one holding courses/) to check every course"
                + System.lineSeparator(), err());
    }

    @Test
    void aCourseFolderOutsideACoursesFolderIsAUsageErrorThatSaysWhereItBelongs() throws IOException {
        write("demo/course.md", "---\ntitle: Demo\nsummary: A demo.\n---\nIntro.\n");

        assertEquals(2, run(root.resolve("demo").toString()));

        assertEquals(root.resolve("demo") + " is a course folder, but it is not in a folder named 'courses': the platform "
                + "reads courses from <content folder>/courses/<course-id>/; move it there and pass the content folder"
                + System.lineSeparator(), err());
    }

    @Test
    void missingContentFolderIsAnError() {
        Path missing = root.resolve("nowhere");

        assertEquals(1, run(missing.toString()));

        assertTrue(err().contains(missing.resolve("courses") + ":1:1: no courses folder"), err());
        assertTrue(err().contains("1 error(s) in 0 course(s)"), err());
    }

    @Test
    void noArgumentIsAUsageError() {
        assertEquals(2, run());

        assertEquals("usage: validate <content dir>" + System.lineSeparator(), err());
        assertEquals("", out());
    }

    @Test
    void twoArgumentsAreAUsageError() {
        assertEquals(2, run(SAMPLE.toString(), SAMPLE.toString()));

        assertEquals("usage: validate <content dir>" + System.lineSeparator(), err());
        assertEquals("", out());
    }
}
