package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Question banks ({@code banks/<id>.bank.md}): the pools of the checks that name them, their versions, and every check. */
class QuestionBankLoaderTest {

    private static final String DIR = "courses/test-course";
    private static final String QUIZ_FILE = DIR + "/01-basics/02-check.quiz.md";
    private static final String BANK_FILE = DIR + "/banks/signs.bank.md";

    private static final String COURSE = "---\ntitle: Test Course\nsummary: A course for tests.\n---\nWelcome.\n";
    private static final String MODULE = "---\ntitle: Basics\n---\n";
    private static final String LESSON = "---\ntitle: First lesson\nminutes: 3\n---\nSome text.\n";
    private static final String BANK = """
            ---
            title: Warning signs
            ---
            ## Which of these is a sign of strain? {#strain}

            - [x] Withdrawing from friends
            - [ ] Taking a holiday

            ## Is a change in sleep a possible sign? {#sleep .true-false}

            - [x] True
            - [ ] False
            """;

    @TempDir
    Path root;

    private final ContentLoader loader = new ContentLoader();

    /** A check with one question of its own, its front matter ending in {@code extraKeys} (line 4 on). */
    private static String quiz(String extraKeys) {
        return "---\ntitle: Check\npass-mark: 80\n" + extraKeys + "---\n## Own question? {#own}\n\n- [x] Yes\n- [ ] No\n";
    }

    private void writeCourse(String quiz, String bank) {
        write(DIR + "/course.md", COURSE);
        write(DIR + "/01-basics/module.md", MODULE);
        write(DIR + "/01-basics/01-first.md", LESSON);
        write(QUIZ_FILE, quiz);
        if (bank != null) {
            write(BANK_FILE, bank);
        }
    }

    private void write(String relative, String text) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String problem(String relative, int line, int column, String message) {
        return root.resolve(relative) + ":" + line + ":" + column + ": " + message;
    }

    private List<String> problems() {
        return loader.load(root).problems().stream().map(ContentError::toString).toList();
    }

    private Quiz loadedQuiz() {
        ContentLoad load = loader.load(root);
        assertEquals(List.of(), load.problems().stream().map(ContentError::toString).toList());
        return load.courses().get(0).quiz("check").orElseThrow();
    }

    @Test
    void thePoolIsTheChecksOwnQuestionsThenTheBanksWithTheBankIdInFront() {
        writeCourse(quiz("banks: [signs]\n"), BANK);

        Quiz quiz = loadedQuiz();

        assertEquals(List.of("own", "signs/strain", "signs/sleep"), quiz.questions().stream().map(Question::id).toList());
        assertEquals(QuestionType.TRUE_FALSE, quiz.question("signs/sleep").orElseThrow().type());
        assertEquals("Which of these is a sign of strain?", quiz.question("signs/strain").orElseThrow().prompt());
        assertEquals(3, quiz.questionsPerAttempt());
    }

    @Test
    void drawAppliesToTheWholePoolIncludingTheBanks() {
        writeCourse(quiz("draw: 3\nbanks:\n  - signs\n"), BANK);

        assertEquals(3, loadedQuiz().questionsPerAttempt());
    }

    @Test
    void aCheckMayHoldNoQuestionOfItsOwn() {
        writeCourse("---\ntitle: Check\nbanks: signs\n---\nQuestions from the bank.\n", BANK);

        assertEquals(List.of("signs/strain", "signs/sleep"), loadedQuiz().questions().stream().map(Question::id).toList());
    }

    @Test
    void editingABankMakesANewVersionOfTheChecksThatDrawFromIt() {
        writeCourse(quiz("banks: [signs]\n"), BANK);
        write(DIR + "/01-basics/03-other.quiz.md", quiz(""));
        Course before = loader.load(root).courses().get(0);

        write(BANK_FILE, BANK.replace("Taking a holiday", "Taking a long holiday"));
        Course after = loader.load(root).courses().get(0);

        assertNotEquals(before.quiz("check").orElseThrow().version(), after.quiz("check").orElseThrow().version());
        assertTrue(after.quiz("check").orElseThrow().version().matches("[0-9a-f]{12}"));
        assertTrue(after.quiz("check").orElseThrow().question("signs/strain").orElseThrow().options().stream()
                .anyMatch(option -> option.html().contains("Taking a long holiday")), "the cached check was parsed again");
        assertEquals(before.quiz("other").orElseThrow().version(), after.quiz("other").orElseThrow().version());
        assertNotEquals(before.version(), after.version());
    }

    @Test
    void aCheckWithoutBanksKeepsItsFilesHashAsItsVersion() {
        writeCourse(quiz(""), null);
        String withoutBanks = loadedQuiz().version();
        write(BANK_FILE, BANK);
        write(DIR + "/01-basics/03-other.quiz.md", quiz("banks: [signs]\n"));

        assertEquals(withoutBanks, loader.load(root).courses().get(0).quiz("check").orElseThrow().version());
    }

    @Test
    void anUnknownBankIsReportedWithADidYouMean() {
        writeCourse(quiz("banks: [sings]\n"), BANK);

        assertEquals(List.of(problem(QUIZ_FILE, 4, 9, "'banks' names 'sings', but the course has no banks/sings.bank.md; "
                + "did you mean 'signs'?")), problems());
    }

    @Test
    void aBankNamedTwiceIsReported() {
        writeCourse(quiz("banks: [signs, signs]\n"), BANK);

        assertEquals(List.of(problem(QUIZ_FILE, 4, 16, "'banks' names 'signs' twice: name each bank once")), problems());
    }

    @Test
    void aBankWithoutQuestionsIsReported() {
        writeCourse(quiz("banks: [signs]\n"), "---\ntitle: Warning signs\n---\nNothing yet.\n");

        assertEquals(List.of(problem(BANK_FILE, 4, 1,
                "the question bank has no questions: start each question with a heading '## Question text'")), problems());
    }

    @Test
    void errorsInABankPointAtTheBankFileOnly() {
        writeCourse(quiz("banks: [signs]\n"), BANK.replace("title: Warning signs\n", "title: Warning signs\ndraw: 2\n")
                .replace("{#strain}", "{#Strain}"));

        assertEquals(List.of(
                problem(BANK_FILE, 3, 1, "unknown front-matter key 'draw'; allowed keys: title"),
                problem(BANK_FILE, 5, 1, "'#Strain' is not a valid question id: use lowercase letters, digits and hyphens, "
                        + "starting with a letter")), problems());
    }

    @Test
    void drawLargerThanThePoolWithItsBanksIsReported() {
        writeCourse(quiz("draw: 4\nbanks: [signs]\n"), BANK);

        assertEquals(List.of(problem(QUIZ_FILE, 4, 1, "'draw' is 4 but the pool has only 3 questions (1 in the file, the rest "
                + "from its banks): lower 'draw' or add questions to the file or its banks")), problems());
    }

    @Test
    void aBankNoCheckDrawsFromIsAWarning() {
        writeCourse(quiz(""), BANK);

        ContentLoad load = loader.load(root);

        assertEquals(1, load.courses().size(), "a warning does not keep the course from loading");
        assertEquals(List.of(problem(BANK_FILE, 1, 1, "warning: no knowledge check draws from the question bank 'signs': name it "
                + "in a check's front matter, e.g. 'banks: [signs]', or start the file's name with '_' to keep it as a draft")),
                load.problems().stream().map(ContentError::toString).toList());
    }

    @Test
    void bankFilesOutsideBanksOrMisnamedAreIgnoredWithAWarning() {
        writeCourse(quiz("banks: [signs]\n"), BANK);
        write(DIR + "/01-basics/03-more.bank.md", BANK);
        write(DIR + "/banks/notes.md", "Ideas for questions.\n");
        write(DIR + "/banks/_draft.bank.md", BANK);
        String hint = "warning: the file is ignored: question banks go directly in the course's banks/ folder, named "
                + "<bank-id>.bank.md, such as banks/warning-signs.bank.md; to keep it here unread, start its name with '_'";

        ContentLoad load = loader.load(root);

        assertEquals(List.of(problem(DIR + "/01-basics/03-more.bank.md", 1, 1, hint), problem(DIR + "/banks/notes.md", 1, 1, hint)),
                load.problems().stream().map(ContentError::toString).toList());
        assertEquals(List.of("first", "check"), load.courses().get(0).modules().get(0).items().stream().map(ModuleItem::id).toList());
    }

    @Test
    void aBankFileNameThatIsNoIdIsReported() {
        writeCourse(quiz(""), null);
        write(DIR + "/banks/Signs.bank.md", BANK);

        assertEquals(List.of(problem(DIR + "/banks/Signs.bank.md", 1, 1, "'Signs' is not a valid question bank id: use lowercase "
                + "letters, digits and hyphens, starting with a letter (e.g. banks/warning-signs.bank.md)")), problems());
    }
}
