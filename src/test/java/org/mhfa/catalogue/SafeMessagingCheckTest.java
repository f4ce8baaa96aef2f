package org.mhfa.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The safe-writing rules on single texts: what each finds, where, and what it leaves alone. */
class SafeMessagingCheckTest {

    private static final Path ROOT = Path.of("content");
    private static final Path FILE = ROOT.resolve("courses/c/01-m/01-l.md");
    private static final SafeMessagingCheck CHECK = new SafeMessagingCheck(Set.of("116123", "988", "131114"), Set.of());
    /** A finding's place, what it found and its rule: {@code 1:6: warning: '999' is ... (phone-numbers): ...}. */
    private static final Pattern FINDING = Pattern.compile("(\\d+:\\d+): warning: ('.*?') .*? \\(([a-z-]+)\\): .*");

    @Test
    void aPhoneNumberThatIsNoCrisisLine() {
        assertEquals(List.of("2:9: warning: '0800 123 4567' is a phone number that is not one of the platform's crisis lines "
                + "(phone-numbers): numbers change and differ by region, so write 'a crisis line in your region' and let the "
                + "platform show the number from its configuration"),
                findings(CHECK, "Intro.\nPlease, 0800 123 4567 any time.\n"));
    }

    @Test
    void phoneNumbersInTheirUsualShapes() {
        assertEquals(List.of("1:6 '+44 20 7946 0958' phone-numbers"), brief("Ring +44 20 7946 0958 today."));
        assertEquals(List.of("1:1 '(020) 7946-0958' phone-numbers"), brief("(020) 7946-0958"));
        assertEquals(List.of("1:6 '999' phone-numbers", "2:17 '85258' phone-numbers", "3:17 '112' phone-numbers"),
                brief("Call 999 now.\nOr text them on 85258.\n[emergency](tel:112)"));
    }

    @Test
    void theCrisisLinesOfTheConfigurationAreFine() {
        assertEquals(List.of(), brief("Samaritans: call 116 123. In the US, call or text 988. Lifeline: 13 11 14, or 131114."));
    }

    @Test
    void numbersThatAreNotPhoneNumbers() {
        assertEquals(List.of(), brief("In 2026, at 10:30 or 14.30-15.30, on 2026-12-07 or 07/12/2026, 1 in 4 people, "
                + "3.14159 of them, 2020-2026, 250 words, 10 000 steps, page https://example.org/a/1234567 and ?id=12345678, "
                + "call 12 friends, 500 people called, on 2026-12-07 10:30, in 7.12.2026 14.00, from 1999 -2026, 12 times."));
        assertEquals(List.of("1:1 '0800.123.4567' phone-numbers", "2:5 '555-123-4567' phone-numbers"), brief("0800.123.4567\nTel 555-123-4567"));
    }

    @Test
    void committedSuicide() {
        assertEquals(List.of("2:8: warning: 'Committed suicide' links suicide with crime or sin (committed-suicide): "
                + "write 'died by suicide'"), findings(CHECK, "Intro.\nHe had Committed suicide."));
        assertEquals(List.of("1:4 'commits suicide' committed-suicide"), brief("He commits  suicide."));
    }

    @Test
    void aPhraseBrokenOverTwoLinesIsFoundWhereItStarts() {
        assertEquals(List.of("1:11: warning: 'failed suicide attempt' presents suicide as something to succeed or fail at "
                + "(attempt-outcome): write 'suicide attempt', or 'died by suicide'"), findings(CHECK, "After her failed suicide\nattempt, she"));
    }

    @Test
    void attemptOutcomesAndSensationalLanguage() {
        assertEquals(List.of("1:3 'successful suicide attempt' attempt-outcome",
                "1:35 'unsuccessful attempts at suicide' attempt-outcome",
                "2:5 'suicide epidemic' sensational-language",
                "2:26 'Suicide hotspots' sensational-language",
                "2:46 'suicide hot spot' sensational-language"),
                brief("A successful suicide attempt, two unsuccessful attempts at suicide.\n"
                        + "The suicide epidemic and Suicide hotspots, a suicide hot spot."));
        assertEquals(List.of("1:5: warning: 'suicide epidemic' is sensational language, which can make suicide seem common or "
                + "dramatic (sensational-language): describe the facts calmly, without naming places"), findings(CHECK, "The suicide epidemic."));
    }

    @Test
    void stigmatisingWordsWithTheirOwnFix() {
        assertEquals(List.of("1:10: warning: 'crazy' is a stigmatising word (stigmatising-words): write 'in distress' or "
                + "'having a hard time'",
                "1:29: warning: 'PSYCHO' is a stigmatising word (stigmatising-words): write 'in distress' or 'having a hard time'",
                "2:11: warning: 'attention seeking' is a stigmatising word (stigmatising-words): write 'reaching out for help'",
                "2:35: warning: 'a schizophrenic' is a stigmatising word (stigmatising-words): write 'a person living with schizophrenia'"),
                findings(CHECK, "It's all crazy, she's not a PSYCHO.\nShe's not attention seeking, he's a schizophrenic."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"She died by suicide.", "Crazyhorse and psychology, psychosis, a psychologist.",
            "A person living with schizophrenia, schizophrenic symptoms.", "Saying \"committed suicide\" links it with crime.",
            "Say \"**died by suicide**\", not \"committed suicide\", and not 'crazy' or ‘psycho’.",
            "| \"crazy\", \"psycho\" | \"in distress\" |", "Jump in with ideas; jumping to solutions; hanging out.",
            "A commitment to suicide prevention.", "A failed attempt to fix the printer."})
    void noFalsePositives(String text) {
        assertEquals(List.of(), brief(text));
    }

    @Test
    void aQuotationIsExemptOnlyWhenItHoldsJustThePhrase() {
        assertEquals(List.of("1:10 'committed suicide' committed-suicide"), brief("He said \"committed suicide is a crime\" once."));
    }

    @Test
    void methodWordsAreWarningsToReview() {
        assertEquals(List.of("1:10: warning: 'overdose on' may describe a method or means of suicide or self-harm, which the guide "
                + "says never to do (method-words): have a person review it, and say what happened in general terms, such as "
                + "'died by suicide' or 'harmed themselves'"), findings(CHECK, "He might overdose on something."));
        assertEquals(List.of("1:4 'jumped from' method-words", "2:12 'hanged' method-words", "2:26 'cutting themselves' method-words",
                "3:1 'Took an overdose' method-words"),
                brief("He jumped from it.\nThey heard hanged or saw cutting themselves.\nTook an overdose."));
    }

    @Test
    void aRuleTheCourseAllowsIsNotChecked() {
        SafeMessagingCheck allowing = CHECK.allowing(Set.of(SafeMessagingRule.PHONE_NUMBERS, SafeMessagingRule.STIGMATISING_WORDS));
        assertEquals(List.of("1:28 'committed suicide' committed-suicide"),
                brief(allowing, "Call 0800 123 4567, crazy, committed suicide."));
    }

    @Test
    void aScenarioWithoutContentWarning() {
        List<ContentError> problems = new ArrayList<>();
        ContentFile file = new ContentFile(ROOT, FILE, problems);
        CHECK.checkScenario(file, "---\ntitle: T\ncontent-warning: About low mood.\n---\nText\n");
        assertEquals(List.of(), problems);
        CHECK.checkScenario(file, "---\ntitle: T\n---\ncontent-warning: not in the front matter\n");
        assertEquals(List.of(FILE + ":1:1: warning: the scenario has no 'content-warning' (content-warning): add one such as "
                + "'content-warning: This scenario is about low mood at work. You can pause or leave at any time.'"),
                problems.stream().map(ContentError::toString).toList());
        CHECK.allowing(Set.of(SafeMessagingRule.CONTENT_WARNING)).checkScenario(file, "---\ntitle: T\n---\n");
        assertEquals(1, problems.size());
    }

    /** The findings of {@code check} in {@code text}, without the file name. */
    private static List<String> findings(SafeMessagingCheck check, String text) {
        List<ContentError> problems = new ArrayList<>();
        check.check(new ContentFile(ROOT, FILE, problems), text);
        return problems.stream().map(problem -> problem.toString().substring(FILE.toString().length() + 1)).toList();
    }

    private static List<String> brief(String text) {
        return brief(CHECK, text);
    }

    /** The findings as {@code line:column 'found' rule-id}. */
    private static List<String> brief(SafeMessagingCheck check, String text) {
        return findings(check, text).stream().map(finding -> {
            Matcher matcher = FINDING.matcher(finding);
            return matcher.matches() ? matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3) : finding;
        }).toList();
    }
}
