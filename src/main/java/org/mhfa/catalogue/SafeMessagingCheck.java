package org.mhfa.catalogue;

import static org.mhfa.catalogue.SafeMessagingRule.ATTEMPT_OUTCOME;
import static org.mhfa.catalogue.SafeMessagingRule.COMMITTED_SUICIDE;
import static org.mhfa.catalogue.SafeMessagingRule.METHOD_WORDS;
import static org.mhfa.catalogue.SafeMessagingRule.SENSATIONAL_LANGUAGE;
import static org.mhfa.catalogue.SafeMessagingRule.STIGMATISING_WORDS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Checks the whole text of a content file against the authoring guide's safe-writing rules: each finding is a warning
 * at the line and column of the text found, unless the course has switched its rule off.
 */
final class SafeMessagingCheck {

    /** Fewer digits than this are never a phone number: "call 12". */
    static final int SHORT_NUMBER_DIGITS = 3;
    /** This many digits are a phone number wherever they are written; fewer only after a word such as "call". */
    private static final int PHONE_DIGITS = 6;
    private static final String DISTRESS = "write 'in distress' or 'having a hard time'";
    private static final String SELF = "(?:himself|herself|themselves|themself|myself|yourself)";

    /** A phrase of a rule, with the fix for it when it has its own. */
    private record Phrase(SafeMessagingRule rule, Pattern pattern, String fix) {
    }

    private static final List<Phrase> PHRASES = List.of(
            phrase(COMMITTED_SUICIDE, "commit(?:s|ted|ting)? suicide", null),
            phrase(ATTEMPT_OUTCOME, "(?:(?:un)?successful|failed) (?:suicide attempts?|attempts? at suicide)", null),
            phrase(SENSATIONAL_LANGUAGE, "suicide epidemics?|epidemics? of suicides?|suicide hot(?:spots?| spots?)", null),
            phrase(STIGMATISING_WORDS, "crazy|psychos?", DISTRESS),
            phrase(STIGMATISING_WORDS, "attention(?:-| )seeking", "write 'reaching out for help'"),
            phrase(STIGMATISING_WORDS, "an? schizophrenic|schizophrenics", "write 'a person living with schizophrenia'"),
            phrase(METHOD_WORDS, "overdos(?:e|es|ed|ing) on|(?:took|take|takes|taken|taking) an overdose|hanged|nooses?|"
                    + "hang(?:s|ing)? " + SELF + "|jump(?:s|ed|ing)? (?:from|off)|slit(?:s|ting)? (?:his|her|their|my|your) wrists?|"
                    + "(?:cut|cuts|cutting|shot|shoots|shoot|shooting|poisoned|poisoning|poisons|poison) " + SELF, null));

    /** No phone number has more digits than this (ITU-T E.164). */
    private static final int MAX_PHONE_DIGITS = 15;
    /** What may separate the digits of a phone number: at most two of these between two digits. */
    private static final String SEPARATORS = " .()-";
    /** What may not come just before a number: it is part of a word, a web address or a longer number. */
    private static final String NOT_BEFORE = "/._#=+-";
    /** Numbers that are not phone numbers: ranges of times, and decimals. */
    private static final Pattern NOT_A_PHONE_NUMBER = Pattern.compile("\\d{1,2}[.]\\d{2} ?- ?\\d{1,2}[.]\\d{2}|\\d+\\.\\d+");
    /** A date or a range of years, which makes a group of numbers not a phone number: "2026-12-07 10", "2020 - 2026". */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(?:\\d{4}([./-])\\d{1,2}\\1\\d{1,2}|\\d{1,2}([./-])\\d{1,2}\\2\\d{2,4}"
            + "|(?:19|20)\\d{2} ?- ?(?:19|20)?\\d{2})(?!\\d)");
    /** A word for calling just before a number: "call 999", "text us on 85258", "tel:". */
    private static final Pattern CALL_WORD = Pattern.compile("(?<!\\p{L})(?:call|text|dial|ring|phone|telephone|tel|sms)"
            + "(?:\\s+(?:us|them|him|her|me|or\\s+text|or\\s+call))?(?:\\s+(?:on|at))?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A quotation mark, with emphasis, just before a phrase: the phrase is quoted as an example, not used. */
    private static final Pattern QUOTE_BEFORE = Pattern.compile("[\"“'‘](?:\\*\\*|__|\\*|_)?$");
    private static final Pattern QUOTE_AFTER = Pattern.compile("^(?:\\*\\*|__|\\*|_)?[\"”'’]");
    private static final Pattern CONTENT_WARNING_KEY = Pattern.compile("content-warning\\s*:.*");

    private final Set<String> crisisNumbers;
    private final Set<SafeMessagingRule> allowed;

    /** A check that accepts the phone numbers {@code crisisNumbers} (digits only) and skips the rules {@code allowed}. */
    SafeMessagingCheck(Set<String> crisisNumbers, Set<SafeMessagingRule> allowed) {
        this.crisisNumbers = Set.copyOf(crisisNumbers);
        this.allowed = allowed.isEmpty() ? EnumSet.noneOf(SafeMessagingRule.class) : EnumSet.copyOf(allowed);
    }

    /** The same check for a course that switched off the rules {@code rules}. */
    SafeMessagingCheck allowing(Set<SafeMessagingRule> rules) {
        return new SafeMessagingCheck(crisisNumbers, rules);
    }

    /** Reports the phone numbers and phrases of {@code text}, the whole file including its front matter. */
    void check(ContentFile file, String text) {
        Positions positions = new Positions(text);
        if (!allowed.contains(SafeMessagingRule.PHONE_NUMBERS)) {
            phoneNumbers(file, text, positions);
        }
        for (Phrase phrase : PHRASES) {
            if (allowed.contains(phrase.rule())) {
                continue;
            }
            Matcher matcher = phrase.pattern().matcher(text);
            while (matcher.find()) {
                if (!quoted(text, matcher.start(), matcher.end())) {
                    String found = matcher.group().replaceAll("\\s+", " ");
                    String message = phrase.fix() == null ? phrase.rule().message(found) : phrase.rule().message(found, phrase.fix());
                    file.warning(positions.line(matcher.start()), positions.column(matcher.start()), message);
                }
            }
        }
    }

    /** Reports a scenario whose front matter has no {@code content-warning}, at the file's first line. */
    void checkScenario(ContentFile file, String text) {
        if (allowed.contains(SafeMessagingRule.CONTENT_WARNING)) {
            return;
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return;
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.strip().equals("---") || line.strip().equals("...")) {
                file.warning(1, 1, SafeMessagingRule.CONTENT_WARNING.message());
                return;
            }
            if (CONTENT_WARNING_KEY.matcher(line).matches()) {
                return;
            }
        }
    }

    private void phoneNumbers(ContentFile file, String text, Positions positions) {
        int at = 0;
        while (at < text.length()) {
            int start = numberStart(text, at);
            if (start < 0) {
                return;
            }
            int end = numberEnd(text, start);
            at = end;
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            String found = text.substring(start, end);
            String digits = CrisisLineNumbers.digits(found);
            boolean phoneShaped = digits.length() >= PHONE_DIGITS
                    || digits.length() >= SHORT_NUMBER_DIGITS && CALL_WORD.matcher(before(text, start)).find();
            if (phoneShaped && digits.length() <= MAX_PHONE_DIGITS && !crisisNumbers.contains(digits)
                    && !NOT_A_PHONE_NUMBER.matcher(found).matches() && !DATE.matcher(found).find()) {
                file.warning(positions.line(start), positions.column(start), SafeMessagingRule.PHONE_NUMBERS.message(found));
            }
        }
    }

    /** Where the next number from {@code from} starts, with its '+' or '(', or -1. */
    private static int numberStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                continue;
            }
            int start = i > 0 && (text.charAt(i - 1) == '+' || text.charAt(i - 1) == '(') ? i - 1 : i;
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            if (!Character.isLetterOrDigit(before) && NOT_BEFORE.indexOf(before) < 0) {
                return start;
            }
            while (i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            }
        }
        return -1;
    }

    /** The end of the number at {@code start}: after its last digit. */
    private static int numberEnd(String text, int start) {
        int i = Character.isDigit(text.charAt(start)) ? start : start + 1;
        int end = i;
        while (i < text.length()) {
            if (Character.isDigit(text.charAt(i))) {
                end = ++i;
            } else if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                int next = i;
                while (next < text.length() && next - i < 2 && SEPARATORS.indexOf(text.charAt(next)) >= 0) {
                    next++;
                }
                if (next == i || next >= text.length() || !Character.isDigit(text.charAt(next))) {
                    break;
                }
                i = next;
            } else {
                break;
            }
        }
        return end;
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - 40), start);
    }

    /** True when the phrase is written between quotation marks on its own: named as an example, not used. */
    private static boolean quoted(String text, int start, int end) {
        return QUOTE_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find()
                && QUOTE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).find();
    }

    private static Phrase phrase(SafeMessagingRule rule, String words, String fix) {
        String spaced = words.replace(" ", "\\s+");
        return new Phrase(rule, Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + spaced + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), fix);
    }

    /** Line and column of an offset in a text, both from 1. */
    private static final class Positions {

        private final int[] lineStarts;

        Positions(String text) {
            lineStarts = IntStream.concat(IntStream.of(0),
                    IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').map(i -> i + 1)).toArray();
        }

        int line(int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            return index >= 0 ? index + 1 : -index - 1;
        }

        int column(int offset) {
            return offset - lineStarts[line(offset) - 1] + 1;
        }
    }
}
