package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safe-writing rules in the loader: every file of a course is checked, and a course may switch a rule off. */
class SafeMessagingLoaderTest {

    private static final String COURSE = "courses/c/course.md";
    private static final String LESSON = "courses/c/01-m/01-first.md";

    @TempDir
    Path root;

    @Test
    void theSampleContentFollowsTheRules() {
        List<String> findings = new ContentLoader().load(Path.of("content")).problems().stream().map(ContentError::toString)
                .filter(problem -> SafeMessagingRule.ids().stream().anyMatch(id -> problem.contains("(" + id + ")")))
                .toList();
        assertEquals(List.of(), findings);
    }

    @Test
    void theCrisisLinesAreThoseOfApplicationProperties() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader("mhfa.crisis-lines[0].contact=Samaritans, call 116 123 (free, 24 hours)\n"
                + "mhfa.crisis-lines[1].contact=988 Suicide & Crisis Lifeline, call or text 988\n"
                + "mhfa.crisis-lines[2].region=Call 0800 000 000 in the region\n"));
        assertEquals(Set.of("116123", "988"), CrisisLineNumbers.of(properties));
        assertTrue(CrisisLineNumbers.configured().containsAll(Set.of("116123", "988", "131114")), CrisisLineNumbers.configured()::toString);
    }

    @Test
    void everyFileOfACourseIsChecked() throws IOException {
        writeCourse("", "Call 0800 123 4567.");
        write("courses/c/01-m/module.md", "---\ntitle: M\nsummary: Not a crazy idea.\n---\n");
        write("courses/c/01-m/02-bus.scenario.md", "---\ntitle: Bus\npass-score: 0\n---\n## Start {#start .end outcome=good}\nHe committed suicide.\n");

        assertEquals(List.of(
                "courses/c/course.md:5:6: warning: '0800 123 4567' is a phone number that is not one of the platform's crisis lines",
                "courses/c/01-m/module.md:3:16: warning: 'crazy' is a stigmatising word",
                "courses/c/01-m/02-bus.scenario.md:6:4: warning: 'committed suicide' links suicide with crime or sin",
                "courses/c/01-m/02-bus.scenario.md:1:1: warning: the scenario has no 'content-warning'"), problems());
    }

    @Test
    void everyRuleIsExplainedForAuthorsWithExamplesAndItsFix() {
        List<SafeWritingRules.Rule> rules = SafeWritingRules.all();
        assertEquals(List.copyOf(SafeMessagingRule.ids()), rules.stream().map(SafeWritingRules.Rule::id).toList());
        for (SafeWritingRules.Rule rule : rules) {
            assertTrue(rule.flags().endsWith(".") && !rule.examples().isBlank() && !rule.fix().isBlank(), rule::toString);
        }
        assertEquals("Text that links suicide with crime or sin.", rules.get(1).flags());
    }

    @Test
    void aLoaderTakesTheNumbersOfTheCrisisLinesThePlatformIsConfiguredWith() throws IOException {
        writeCourse("", "Call 0800 123 4567.");
        assertEquals(List.of(), ContentLoader.acceptingNumbersOf(List.of("Test line, call 0800 123 4567 (24 hours)")).load(root)
                .problems());
        assertEquals(1, ContentLoader.acceptingNumbersOf(List.of("Samaritans, call 116 123 (24 hours)")).load(root).problems().size());
    }

    @Test
    void aLoaderTakesTheCrisisLinesItIsGiven() throws IOException {
        writeCourse("", "Call 0800 123 4567.");
        assertEquals(List.of(), new ContentLoader(Set.of("0800 123 4567")).load(root).problems());
    }

    @Test
    void aCourseSwitchesARuleOffWithAReason() throws IOException {
        writeCourse("safe-messaging:\n  allow: [phone-numbers, stigmatising-words]\n  because: \"The course is run by a helpline.\"\n",
                "Call 0800 123 4567, it's not crazy. He committed suicide.");
        assertEquals(List.of("courses/c/course.md:8:40: warning: 'committed suicide' links suicide with crime or sin"), problems());
    }

    @Test
    void aSwitchWithoutAReasonIsAnError() throws IOException {
        writeCourse("safe-messaging: {allow: [phone-numbers]}\n", "Call 0800 123 4567.");
        assertEquals(List.of("courses/c/course.md:4:1: 'safe-messaging' switches rules off only with a reason: add "
                + "'because: \"...\"' under it, saying why this course needs what the rules warn about"), problems());
        assertTrue(new ContentLoader().load(root).courses().isEmpty(), "a course with an error does not load");
    }

    @Test
    void aSwitchWithoutRulesIsAnError() throws IOException {
        writeCourse("safe-messaging: {because: \"We say so.\"}\n", "Hello.");
        assertEquals(List.of("courses/c/course.md:4:1: 'safe-messaging' needs 'allow:', the list of the rules this course "
                + "switches off, e.g. 'safe-messaging: {allow: [phone-numbers], because: \"...\"}'"), problems());
    }

    @Test
    void anUnknownRuleIsAnErrorWithASuggestion() throws IOException {
        writeCourse("safe-messaging: {allow: [phone-number], because: \"A helpline's course.\"}\n", "Hello.");
        assertEquals(List.of("courses/c/course.md:4:26: unknown safe-messaging rule 'phone-number'; did you mean 'phone-numbers'?; "
                + "rules: phone-numbers, committed-suicide, attempt-outcome, sensational-language, stigmatising-words, "
                + "method-words, content-warning"), problems());
    }

    @Test
    void anUnknownKeyUnderTheSwitch() throws IOException {
        writeCourse("safe-messaging: {allow: [phone-numbers], becuase: \"A helpline's course.\"}\n", "Hello.");
        assertEquals(List.of("courses/c/course.md:4:42: unknown key 'becuase' under 'safe-messaging'; did you mean 'because'?; "
                + "allowed keys: allow, because"), problems());
    }

    /** The problems, without the temporary folder, cut after the reason of a safe-messaging warning. */
    private List<String> problems() {
        return new ContentLoader().load(root).problems().stream()
                .map(problem -> root.relativize(Path.of(problem.file())) + ":" + problem.line() + ":" + problem.column() + ": "
                        + (problem.severity() == ContentError.Severity.WARNING ? "warning: " : "") + problem.message())
                .map(problem -> problem.contains(" (") && problem.contains("warning: ") ? problem.substring(0, problem.indexOf(" (")) : problem)
                .toList();
    }

    private void writeCourse(String switchLines, String lessonText) throws IOException {
        write(COURSE, "---\ntitle: C\nsummary: A course.\n" + switchLines + "---\n" + lessonText + "\n");
        write("courses/c/01-m/module.md", "---\ntitle: M\n---\n");
        write(LESSON, "---\ntitle: First\n---\nA lesson.\n");
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
