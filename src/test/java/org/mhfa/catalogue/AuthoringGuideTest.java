package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the authoring guide ({@code content/README.md}) true to the validator.
 *
 * <p>The guide's {@code ```markdown file=<path>} blocks together form a valid course, {@code example-course}. Each row of
 * the tables "Knowledge-check rules", "Question-bank rules", "Scenario rules", "Completion rules", "Link and image rules" and "Safe-writing rules" shows the message the validator prints for one mistake; the
 * list {@link #MUTATIONS} below makes that mistake in the example files, and the test checks that the validator prints
 * exactly the row's message, and nothing else: one mistake is reported once. When a message changes in the code, this
 * test fails until the guide is updated: paste the message from the failure into the row.
 */
class AuthoringGuideTest {

    private static final Path GUIDE = Path.of("content/README.md");
    private static final String CHECK_FILE = "courses/example-course/01-basics/03-check.quiz.md";
    private static final String SCENARIO_FILE = "courses/example-course/01-basics/02-a-quiet-colleague.scenario.md";
    private static final String COURSE_FILE = "courses/example-course/course.md";
    private static final String LESSON_FILE = "courses/example-course/01-basics/01-signs-to-look-for.md";
    private static final String RECAP_FILE = "courses/example-course/01-basics/04-recap.quiz.md";
    private static final String BANK_FILE = "courses/example-course/banks/warning-signs.bank.md";
    /** The image of the example lesson, which the guide names but cannot hold. */
    private static final String EXAMPLE_IMAGE = "courses/example-course/assets/signs-of-strain.png";
    /** The abbreviations the tables use for the example files. */
    private static final Map<String, String> ABBREVIATIONS = Map.of("CHECK", CHECK_FILE, "SCENARIO", SCENARIO_FILE, "COURSE", COURSE_FILE,
            "LESSON", LESSON_FILE, "RECAP", RECAP_FILE, "BANK", BANK_FILE);

    /** A fenced block holding a whole example file: {@code ```markdown file=courses/...}, closed by the same fence. */
    private static final Pattern EXAMPLE_FILE = Pattern.compile("(?ms)^(`{3,})markdown file=(\\S+)[ \\t]*\\n(.*?)^\\1[ \\t]*$");
    /** "In these examples, `CHECK` stands for `content/courses/...`." */
    private static final Pattern ABBREVIATION = Pattern.compile("`([A-Z]+)` stands for `content/([^`]+)`");
    /** A table row: {@code | Rule | `CHECK:4:1: message` |}. */
    private static final Pattern RULE_ROW = Pattern.compile("\\|\\s*(.+?)\\s*\\|\\s*`([A-Z]+):(\\d+:\\d+: [^`]*)`\\s*\\|\\s*");
    /** The header and the separator of a table. */
    private static final Pattern TABLE_HEAD = Pattern.compile("\\|\\s*Rule\\s*\\|\\s*Example message\\s*\\||\\|(\\s*:?-+:?\\s*\\|)+");

    /**
     * One edit of an example file: {@code find} must occur exactly once in it and is replaced by {@code replacement}.
     * Every record names the table row it belongs to by its rule; a row whose mistake takes more than one edit has several
     * records with the same rule, applied in order.
     */
    record Mutation(String file, String find, String replacement, String rule) {
    }

    /** A row of the two tables: the example file its abbreviation stands for, its rule, and its message after the abbreviation. */
    record Row(String file, String rule, String message) {
    }

    /** Rows whose one edit makes the same mistake in several places, each reported. */
    private static final Set<String> ONE_MESSAGE_PER_PLACE = Set.of("Static scoring, ending without `score`");

    static final List<Mutation> MUTATIONS = List.of(
            check("No front matter",
                    "---\ntitle: Check your understanding",
                    "title: Check your understanding"),
            check("Front matter not closed",
                    "required: true\n---\n",
                    "required: true\n"),
            check("Front matter that is not valid YAML",
                    "title: Check your understanding",
                    "title: Check: your understanding"),
            check("Missing `title`",
                    "title: Check your understanding\n",
                    ""),
            check("Empty text value",
                    "title: Check your understanding",
                    "title:"),
            check("Unknown front-matter key",
                    "attempts: 3",
                    "attempt: 3"),
            check("Key given twice",
                    "review: feedback",
                    "review: feedback\nreview: answers"),
            check("Not a whole number, or out of range",
                    "attempts: 3",
                    "attempts: three"),
            check("Not `true` or `false`",
                    "required: true",
                    "required: maybe"),
            check("Unknown review policy",
                    "review: feedback",
                    "review: answer"),
            check("`draw` larger than the pool",
                    "draw: 5",
                    "draw: 8"),
            check("No questions",
                    "Five questions, drawn",
                    "```\nFive questions, drawn"),
            check("Question heading with no text",
                    "## A colleague tells you they have been feeling low for weeks. What is the best first response? {#first-response .single}",
                    "## {#first-response .single}"),
            check("Invalid question id",
                    "{#first-response .single}",
                    "{#First-Response .single}"),
            check("Duplicate question id",
                    "{#immediate-danger .single}",
                    "{#first-response .single}"),
            check("Unknown question type",
                    "{#signs-of-struggle .multiple}",
                    "{#signs-of-struggle .multipel}"),
            check("More than one type",
                    "{#first-response .single}",
                    "{#first-response .single .multiple}"),
            check("Two ids in the braces",
                    "{#first-response .single}",
                    "{#first-response #first .single}"),
            check("A word in the braces that is not `#id`, `.type` or `key=value`",
                    "{#first-response .single}",
                    "{#first-response single}"),
            check("`key=value` in a question's braces",
                    "{#first-response .single}",
                    "{#first-response .single points=2}"),
            check("Question without answers",
                    "1. Find a quiet moment",
                    "Find a quiet moment"),
            check("Question without a type whose list is neither a task list nor pairs",
                    "place to turn. {#where-to-turn .matching}\n\n- A colleague wants confidential counselling through work ->",
                    "place to turn. {#where-to-turn}\n\n- A colleague wants confidential counselling through work:"),
            check("Choice question written as a numbered list",
                    "{#conversation-order .ordering}",
                    "{#conversation-order .single}"),
            check("Ordering question written as a bullet list",
                    "{#where-to-turn .matching}",
                    "{#where-to-turn .ordering}"),
            check("Option without a checkbox",
                    "- [ ] They have started cycling to work.",
                    "- They have started cycling to work."),
            check("Option with nothing to show after its checkbox",
                    "- [ ] Their manager, by email.",
                    "- [ ] <!-- to do -->"),
            check("Choice question with fewer than 2 options",
                    "- [ ] Their manager, by email.\n  > Email is far too slow when someone is in danger.\n- [ ] Nobody, unless they ask you to.\n  > When someone is in immediate danger, their safety comes first.\n",
                    ""),
            check("Choice question with more than 26 options",
                    "- [ ] Their manager, by email.\n",
                    "- [ ] Their manager, by email.\n" + lines("- [ ] Option %d", 1, 25)),
            check("Choice question with no `[x]`",
                    "- [x] Thank them for telling you",
                    "- [ ] Thank them for telling you"),
            check("Single-choice or true/false question with more than one `[x]`",
                    "- [ ] Tell them that everyone",
                    "- [x] Tell them that everyone"),
            check("True/false options not `True` and `False`",
                    "- [ ] True",
                    "- [ ] Yes"),
            check("Ordering item with no text",
                    "4. Agree when you will check in again.",
                    "4."),
            check("Ordering with fewer than 2 items",
                    "2. Listen without judging.\n3. Talk together about what might help, including professional help.\n4. Agree when you will check in again.\n",
                    ""),
            check("Ordering with more than 26 items",
                    "4. Agree when you will check in again.\n",
                    "4. Agree when you will check in again.\n" + lines("%1$d. Step %1$d", 5, 23)),
            check("Matching item that is not one `left -> right` pair",
                    "weeks -> Their doctor",
                    "weeks: Their doctor"),
            check("Matching with fewer than 2 pairs",
                    "- Someone's low mood and poor sleep have lasted for weeks -> Their doctor\n- Someone needs to talk to someone urgently, late at night -> A crisis line in your region\n- Someone is in immediate danger -> Your local emergency number\n",
                    ""),
            check("Matching right texts not distinct",
                    "-> A crisis line in your region",
                    "-> Their doctor"),
            check("Matching with more than 26 pairs",
                    "- Someone is in immediate danger -> Your local emergency number\n",
                    "- Someone is in immediate danger -> Your local emergency number\n" + lines("- Situation %1$d -> Place %1$d", 1, 23)),
            check("Option feedback not indented under its option",
                    "\n  > This can make them feel",
                    "\n> This can make them feel"),
            check("Anything after the answers but one explanation",
                    "or to play down what they are feeling.\n",
                    "or to play down what they are feeling.\n\nRemember to be kind.\n"),
            scenario("Unknown front-matter key",
                    "back-navigation: true",
                    "back-navigaton: true"),
            scenario("Unknown `scoring`",
                    "scoring: dynamic",
                    "scoring: dynamc"),
            scenario("Missing `pass-score`",
                    "pass-score: 8\n",
                    ""),
            scenario("`pass-score` not a whole number",
                    "pass-score: 8",
                    "pass-score: eight"),
            scenario("`start` names no node",
                    "start: noticing",
                    "start: notcing"),
            scenario("No nodes at all",
                    "Each choice adds to",
                    "```\nEach choice adds to"),
            scenario("Node heading longer than 500 characters",
                    "## The team meeting {#meeting}",
                    "## " + "The team meeting ".repeat(30) + "{#meeting}"),
            scenario("Node heading without an id",
                    "## Something has changed {#noticing}",
                    "## Something has changed"),
            scenario("A `##` heading without braces inside a node",
                    "In the café round the corner,",
                    "## In the café\n\nIn the café round the corner,"),
            scenario("Invalid node id",
                    "{#noticing}",
                    "{#Noticing}"),
            scenario("Node heading without a title",
                    "## Something has changed {#noticing}",
                    "## {#noticing}"),
            scenario("Duplicate node id",
                    "{#dismissed}",
                    "{#coffee}"),
            scenario("A key given twice in the braces",
                    "{#end-good .end outcome=good}",
                    "{#end-good .end outcome=good outcome=neutral}"),
            scenario("Unknown attribute on a node heading",
                    "{#end-good .end outcome=good}",
                    "{#end-good .end outcome=good result=good}"),
            scenario("Unknown class on a node heading",
                    "{#end-good .end outcome=good}",
                    "{#end-good .ending outcome=good}"),
            scenario("`outcome` on a node that is not an ending",
                    "{#heard}",
                    "{#heard outcome=good}"),
            scenario("Ending without `outcome`",
                    "{#end-good .end outcome=good}",
                    "{#end-good .end}"),
            scenario("Unknown outcome",
                    "{#end-good .end outcome=good}",
                    "{#end-good .end outcome=goood}"),
            scenario("`score` on a node that is not an ending",
                    "{#coffee}",
                    "{#coffee score=3}"),
            scenario("Ending `score` not a whole number",
                    "{#end-good .end outcome=good}",
                    "{#end-good .end outcome=good score=high}"),
            scenario("Static scoring, ending without `score`",
                    "scoring: dynamic",
                    "scoring: static"),
            scenario("Choice that does not start with a link",
                    "- [Find her afterwards, apologise, and ask how she is really doing](#coffee)",
                    "- Find her afterwards, apologise, and ask how she is really doing"),
            scenario("Choice link that is not `#node-id`",
                    "(#coffee) {score=1 step=approach}",
                    "(coffee) {score=1 step=approach}"),
            scenario("Choice link with no text",
                    "- [Find her afterwards, apologise, and ask how she is really doing](#coffee)",
                    "- [](#coffee)"),
            scenario("Text after a choice's link other than its braces",
                    "doing](#coffee) {score=1 step=approach}",
                    "doing](#coffee) in private {score=1 step=approach}"),
            scenario("Unknown attribute on a choice",
                    "(#coffee) {score=1 step=approach}",
                    "(#coffee) {scor=1 step=approach}"),
            scenario("`#id` or `.class` in a choice's braces",
                    "(#coffee) {score=1 step=approach}",
                    "(#coffee) {score=1 step=approach .good}"),
            scenario("Choice `score` not a whole number",
                    "(#coffee) {score=1 step=approach}",
                    "(#coffee) {score=high step=approach}"),
            scenario("Choice without `step`",
                    "(#coffee) {score=1 step=approach}",
                    "(#coffee) {score=1}"),
            scenario("Unknown step",
                    "(#coffee) {score=1 step=approach}",
                    "(#coffee) {score=1 step=approch}"),
            scenario("Anything in a choice but its link, braces and one feedback",
                    "  > An honest apology, in private, can repair trust.\n",
                    "  > An honest apology, in private, can repair trust.\n\n  She nods.\n"),
            scenario("Choice feedback not indented under its choice",
                    "\n  > A private moment",
                    "\n> A private moment"),
            scenario("Text after the choices of a node",
                    "  > The signs are still there, and now she feels exposed too.\n",
                    "  > The signs are still there, and now she feels exposed too.\n\nShe looks up.\n"),
            scenario("Dangling link",
                    "(#coffee) {score=1",
                    "(#cofee) {score=1"),
            scenario("Dead end",
                    "- [Say sorry, that came out wrong, and ask her to tell you more](#heard) {score=1 step=listen}\n  > A quick repair keeps the conversation open.\n- [Change the subject to the office party](#end-withdrawn) {score=-2 step=listen}\n  > Changing the subject tells her this is not something you want to hear about.\n",
                    ""),
            scenario("Ending with choices",
                    "a doctor can assess what is going on.\n",
                    "a doctor can assess what is going on.\n\n- [Start again](#noticing) {step=approach}\n"),
            scenario("Unreachable node",
                    "](#dismissed) {score=-2 step=listen}",
                    "](#heard) {score=-2 step=listen}"),
            scenario("Loop with no way out",
                    "(#heard) {score=1 step=listen}\n  > A quick repair keeps the conversation open.\n- [Change the subject to the office party](#end-withdrawn)",
                    "(#dismissed) {score=1 step=listen}\n  > A quick repair keeps the conversation open.\n- [Change the subject to the office party](#dismissed)"),
            scenario("`pass-score` higher than the best path (dynamic scoring)",
                    "pass-score: 8",
                    "pass-score: 12"),
            scenario("`pass-score` higher than the best ending (static scoring)",
                    "scoring: dynamic",
                    "scoring: static"),
            scenario("`pass-score` higher than the best ending (static scoring)",
                    "outcome=good}",
                    "outcome=good score=5}"),
            scenario("`pass-score` higher than the best ending (static scoring)",
                    "outcome=neutral}",
                    "outcome=neutral score=2}"),
            scenario("`pass-score` higher than the best ending (static scoring)",
                    "{#end-withdrawn .end outcome=harmful}",
                    "{#end-withdrawn .end outcome=harmful score=0}"),
            scenario("`pass-score` higher than the best ending (static scoring)",
                    "{#end-labelled .end outcome=harmful}",
                    "{#end-labelled .end outcome=harmful score=0}"),
            scenario("Nesting deeper than 50 levels",
                    "It is Wednesday afternoon.",
                    "> ".repeat(60) + "It is Wednesday afternoon."),
            course("`required` names no module or item",
                    "required: [basics]",
                    "required: [basic]"),
            course("An id listed twice under `required`",
                    "required: [basics]",
                    "required: [basics, check, basics]"),
            course("`required` not a list",
                    "required: [basics]",
                    "required: {basics: true}"),
            course("`pass-marks` not a map",
                    "pass-marks:\n  check: 90\n  a-quiet-colleague: 8\n",
                    "pass-marks: 90\n"),
            course("`pass-marks` names no check or scenario",
                    "  check: 90",
                    "  chek: 90"),
            course("A lesson under `pass-marks`",
                    "  check: 90",
                    "  signs-to-look-for: 90"),
            course("A check's pass mark not a percentage",
                    "  check: 90",
                    "  check: 120"),
            course("Unknown key under `attendance`",
                    "  within-days: 30",
                    "  within-day: 30"),
            course("`within-days` without `required: true`",
                    "  required: true\n  within-days: 30",
                    "  required: false\n  within-days: 30"),
            course("`within-days` not a whole number",
                    "  within-days: 30",
                    "  within-days: a month"),
            lesson("Image not in the course's `assets/` folder",
                    "](signs-of-strain.png)",
                    "](sign-of-strain.png)"),
            lesson("Image path that is not a path in `assets/`",
                    "](signs-of-strain.png)",
                    "](../../course.md)"),
            lesson("Image without alt text",
                    "![A colleague sitting alone at their desk, looking tired]",
                    "![]"),
            lesson("Image from another website (a warning)",
                    "](signs-of-strain.png)",
                    "](https://example.org/signs-of-strain.png)"),
            lesson("Link to an item the course does not have",
                    "(quiz:check)",
                    "(quiz:chek)"),
            lesson("Link of the wrong kind",
                    "(quiz:check)",
                    "(lesson:check)"),
            lesson("Link to a file of the course",
                    "(quiz:check)",
                    "(03-check.quiz.md)"),
            lesson("Web address without `https://`",
                    "ask them directly:",
                    "ask them directly (see [how to ask](www.example.org/asking)):"),
            lesson("Link the platform would not follow",
                    "ask them directly:",
                    "ask them directly (see [how to ask](ftp://example.org/asking)):"),
            lesson("A phone number that is not a crisis line",
                    "Asking does not put the idea in their head.",
                    "Asking does not put the idea in their head. For advice, call 0800 123 4567."),
            lesson("\"Committed suicide\"",
                    "If anything a colleague says makes you worried about suicide,",
                    "If anything a colleague says about a friend who committed suicide worries you,"),
            lesson("A \"successful\" or \"failed\" suicide attempt",
                    "If anything a colleague says makes you worried about suicide,",
                    "If a colleague mentions a failed suicide attempt, or anything makes you worried about suicide,"),
            lesson("Sensational language",
                    "If anything a colleague says makes you worried about suicide,",
                    "With a suicide epidemic in the news, if anything a colleague says makes you worried about suicide,"),
            lesson("A stigmatising word",
                    "seems tired, tearful or irritable.",
                    "seems tired, tearful, irritable or crazy."),
            scenario("A word for a method of suicide or self-harm",
                    "Ines stiffens.",
                    "Ines jumped from her chair."),
            scenario("A scenario without `content-warning`",
                    "content-warning: This scenario is about stress and low mood at work. You can pause or leave at any time.\n",
                    ""),
            course("`safe-messaging` without `because`",
                    "attendance:\n",
                    "safe-messaging: {allow: [phone-numbers]}\nattendance:\n"),
            course("`safe-messaging` without `allow`",
                    "attendance:\n",
                    "safe-messaging: {because: \"Our trainees staff a helpline.\"}\nattendance:\n"),
            course("`safe-messaging` names no rule",
                    "attendance:\n",
                    "safe-messaging: {allow: [phone-number], because: \"Our trainees staff a helpline.\"}\nattendance:\n"),
            new Mutation(RECAP_FILE, "banks: [warning-signs]", "banks: [warning-sign]", "`banks` names no bank"),
            new Mutation(RECAP_FILE, "banks: [warning-signs]", "banks: [warning-signs, warning-signs]", "A bank named twice"),
            new Mutation(RECAP_FILE, "draw: 2", "draw: 4", "`draw` larger than the pool with its banks"),
            new Mutation(BANK_FILE, "title: Warning signs\n---\n", "title: Warning signs\n---\nNo questions yet.\n<!--\n",
                    "A bank without questions"),
            new Mutation(BANK_FILE, "- [ ] False\n", "- [ ] False\n-->\n", "A bank without questions"),
            new Mutation(BANK_FILE, "title: Warning signs\n", "title: Warning signs\ndraw: 2\n", "A key a bank does not take")
    );

    @TempDir
    static Path workDir;

    @Test
    void theExampleFilesFormAValidCourse() throws IOException {
        Path dir = workDir.resolve("unchanged");
        write(dir, exampleFiles());

        ContentLoad load = new ContentLoader().load(dir);

        assertEquals(List.of(), load.problems().stream().map(ContentError::toString).toList());
        Course course = load.courses().stream().filter(c -> c.id().equals("example-course")).findFirst()
                .orElseThrow(() -> new AssertionError("no course example-course in " + load.courses()));
        assertTrue(course.lesson("signs-to-look-for").isPresent(), "the lesson 01-signs-to-look-for.md");
        Quiz quiz = course.quiz("check").orElseThrow(() -> new AssertionError("no knowledge check 03-check.quiz.md"));
        assertEquals(EnumSet.allOf(QuestionType.class),
                quiz.questions().stream().map(Question::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class))),
                "the knowledge check has a question of every type");
        Scenario scenario = course.scenario("a-quiet-colleague")
                .orElseThrow(() -> new AssertionError("no scenario 02-a-quiet-colleague.scenario.md"));
        assertFalse(scenario.nodes().isEmpty());
    }

    @Test
    void everyTableRowHasAMutationAndEveryMutationARow() throws IOException {
        Set<String> rows = new LinkedHashSet<>();
        for (Row row : tableRows()) {
            assertTrue(rows.add(key(row.file(), row.rule())), "two rows with the rule '" + row.rule() + "'");
        }
        Set<String> mutated = MUTATIONS.stream().map(m -> key(m.file(), m.rule())).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> rowsWithoutMutation = rows.stream().filter(rule -> !mutated.contains(rule)).toList();
        List<String> mutationsWithoutRow = mutated.stream().filter(rule -> !rows.contains(rule)).toList();
        assertEquals(List.of(), rowsWithoutMutation, "rows of the guide's tables with no mutation in this test");
        assertEquals(List.of(), mutationsWithoutRow, "mutations in this test whose rule has no row in the guide's tables");
    }

    @TestFactory
    Stream<DynamicTest> everyTableRowShowsWhatTheValidatorPrints() throws IOException {
        Map<String, String> examples = exampleFiles();
        List<Row> rows = tableRows();
        return IntStream.range(0, rows.size()).mapToObj(i -> {
            Row row = rows.get(i);
            String name = abbreviation(row.file()) + " " + row.rule();
            return DynamicTest.dynamicTest(name, () -> {
                List<Mutation> edits = MUTATIONS.stream()
                        .filter(m -> key(m.file(), m.rule()).equals(key(row.file(), row.rule()))).toList();
                assertFalse(edits.isEmpty(), "no mutation in AuthoringGuideTest for the row '" + row.rule() + "'");
                Map<String, String> files = new LinkedHashMap<>(examples);
                for (Mutation edit : edits) {
                    String text = files.get(edit.file());
                    assertTrue(text != null, "no example file " + edit.file() + " in the guide");
                    int count = occurrences(text, edit.find());
                    assertEquals(1, count, "for '" + row.rule() + "', the text to find must occur exactly once in "
                            + edit.file() + ": '" + edit.find() + "'");
                    files.put(edit.file(), text.replace(edit.find(), edit.replacement()));
                }
                Path dir = workDir.resolve("row-" + (i + 1));
                write(dir, files);

                List<String> errors = new ContentLoader().load(dir).problems().stream().map(ContentError::toString).toList();

                String expected = dir.resolve(row.file()) + ":" + row.message();
                assertTrue(errors.contains(expected), () -> "the guide's row '" + row.rule() + "' shows\n  " + expected
                        + "\nbut the validator printed\n  " + String.join("\n  ", errors));
                if (!ONE_MESSAGE_PER_PLACE.contains(row.rule())) {
                    assertEquals(List.of(expected), errors, "the mistake of the guide's row '" + row.rule()
                            + "' must be reported once, without messages that follow from it");
                }
            });
        });
    }

    private static Mutation check(String rule, String find, String replacement) {
        return new Mutation(CHECK_FILE, find, replacement, rule);
    }

    private static Mutation scenario(String rule, String find, String replacement) {
        return new Mutation(SCENARIO_FILE, find, replacement, rule);
    }

    private static Mutation course(String rule, String find, String replacement) {
        return new Mutation(COURSE_FILE, find, replacement, rule);
    }

    private static Mutation lesson(String rule, String find, String replacement) {
        return new Mutation(LESSON_FILE, find, replacement, rule);
    }

    private static String abbreviation(String file) {
        return ABBREVIATIONS.entrySet().stream().filter(entry -> entry.getValue().equals(file)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    /** {@code count} lines made from {@code format} with the numbers from {@code first} on, each ending in a newline. */
    private static String lines(String format, int first, int count) {
        return IntStream.range(first, first + count).mapToObj(n -> String.format(format, n) + "\n").collect(Collectors.joining());
    }

    private static String guide() throws IOException {
        return Files.readString(GUIDE, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** The example files of the guide, by their path under the content folder. */
    static Map<String, String> exampleFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher matcher = EXAMPLE_FILE.matcher(guide());
        while (matcher.find()) {
            assertTrue(files.put(matcher.group(2), matcher.group(3)) == null, "two examples for " + matcher.group(2));
        }
        assertTrue(files.containsKey(CHECK_FILE), "the guide has no example file " + CHECK_FILE);
        assertTrue(files.containsKey(SCENARIO_FILE), "the guide has no example file " + SCENARIO_FILE);
        return files;
    }

    /** The rows of the validator's tables, with their abbreviations (CHECK, SCENARIO, COURSE) read from the guide. */
    static List<Row> tableRows() throws IOException {
        String guide = guide();
        int start = guide.indexOf("### Knowledge-check rules");
        assertTrue(start >= 0, "the guide has no section 'Knowledge-check rules'");
        int scenarioRules = guide.indexOf("### Scenario rules", start);
        assertTrue(scenarioRules >= 0, "the guide has no section 'Scenario rules' after 'Knowledge-check rules'");
        int end = guide.indexOf("\n## ", scenarioRules);
        String tables = guide.substring(start, end < 0 ? guide.length() : end);
        Map<String, String> abbreviations = new LinkedHashMap<>();
        Matcher definition = ABBREVIATION.matcher(tables);
        while (definition.find()) {
            abbreviations.put(definition.group(1), definition.group(2));
        }
        assertEquals(ABBREVIATIONS, abbreviations,
                "the abbreviations the tables use, and the example files the mutations edit");
        List<Row> rows = new ArrayList<>();
        for (String line : tables.split("\n")) {
            if (!line.startsWith("|") || TABLE_HEAD.matcher(line.strip()).matches()) {
                continue;
            }
            Matcher row = RULE_ROW.matcher(line.strip());
            assertTrue(row.matches(), "a row of the validator's tables not in the form | Rule | `CHECK:line:column: message` |: " + line);
            String file = abbreviations.get(row.group(2));
            assertTrue(file != null, "the row '" + row.group(1) + "' uses " + row.group(2) + ", which the guide does not define");
            rows.add(new Row(file, row.group(1), row.group(3)));
        }
        assertTrue(rows.size() > 20, "found only " + rows.size() + " rows in the validator's tables");
        return rows;
    }

    private static String key(String file, String rule) {
        return abbreviation(file) + ": " + rule.replace("`", "");
    }

    private static int occurrences(String text, String find) {
        int count = 0;
        for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
            count++;
        }
        return count;
    }

    /** Writes the example files, and the image the example lesson shows, into {@code dir}. */
    private static void write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Path image = dir.resolve(EXAMPLE_IMAGE);
        Files.createDirectories(image.getParent());
        Files.write(image, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
