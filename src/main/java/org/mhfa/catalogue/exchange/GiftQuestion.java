package org.mhfa.catalogue.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT question (title, text, answer block, general feedback) into a draft, adding a finding for each
 * construct a knowledge check cannot hold; a question with any unreadable part is left out, and said so.
 */
final class GiftQuestion {

    private static final Pattern FORMAT = Pattern.compile("\\[(html|moodle|plain|markdown)]");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final String BLANK = "_____";

    private final List<Finding> findings;
    private String id;
    private boolean readable = true;
    private boolean htmlNoted;

    private GiftQuestion(List<Finding> findings) {
        this.findings = findings;
    }

    /** The draft of the question in {@code text}, the {@code position}-th of its file, when a knowledge check can hold it. */
    static Optional<Draft> read(GiftText text, QuestionIds ids, int position, List<Finding> findings) {
        return new GiftQuestion(findings).read(text, ids, position);
    }

    private Optional<Draft> read(GiftText text, QuestionIds ids, int position) {
        GiftText rest = text;
        String title = null;
        if (rest.isAt(0, "::")) {
            int end = rest.indexOf("::", 2);
            if (end < 0) {
                findings.add(rest.finding("a question is not imported: its title is not closed; end it with '::' "
                        + "(write a colon in a title as '\\:')"));
                return Optional.empty();
            }
            title = rest.sub(2, end).oneLine();
            rest = rest.sub(end + 2).strip();
        }
        id = ids.assign(title, position);
        int open = rest.indexOf("{", 0);
        int close = rest.indexOf("}", 0);
        if (open < 0 && close < 0) {
            return fail(rest, "it has no answers in braces, so Moodle reads it as a description (text shown between "
                    + "questions), which a knowledge check has no place for");
        }
        if (open < 0 || close < open) {
            return fail(rest.sub(open < 0 ? close : open), "its '{' and '}' do not pair up: write the answers as '{...}' "
                    + "and a brace in text as '\\{' or '\\}'");
        }
        int extra = firstOf(rest, close + 1, "{", "}");
        if (extra >= 0) {
            return fail(rest.sub(extra), "it has a second '{' or '}' after its answers: a question has one answer "
                    + "block; write a brace in text as '\\{' or '\\}'");
        }
        GiftText questionText = plain(rest.sub(0, open));
        GiftText after = plain(rest.sub(close + 1));
        if (!readable) {
            return Optional.empty();
        }
        GiftText answers = rest.sub(open + 1, close).strip();
        List<String> explanation = List.of();
        int general = answers.lastIndexOf("####");
        if (general >= 0) {
            explanation = plain(answers.sub(general + 4)).paragraphs();
            answers = answers.sub(0, general).strip();
        }
        GiftText braces = rest.sub(open);
        GiftAnswers.Read read;
        if (answers.isBlank()) {
            return unsupported(braces, "an essay question (a free-text answer, marked by hand)");
        } else if (answers.isAt(0, "#")) {
            return unsupported(braces, "a numerical question");
        } else if (answers.indexOf("~", 0) >= 0) {
            read = new GiftAnswers(this).choice(answers, braces);
        } else if (answers.indexOf("=", 0) >= 0 && answers.indexOf("->", 0) >= 0) {
            read = new GiftAnswers(this).matching(answers, braces);
        } else if (GiftAnswers.isTrueFalse(answers)) {
            read = new GiftAnswers(this).trueFalse(answers);
        } else {
            return unsupported(braces, after.isBlank() ? "a short-answer question (the trainee types the answer)"
                    : "a missing-word question with typed answers (short answer)");
        }
        List<String> paragraphs = prompt(questionText, after);
        if (paragraphs.isEmpty()) {
            return fail(rest, "it has no question text: write the question before its '{'");
        }
        if (!readable) {
            return Optional.empty();
        }
        return Optional.of(new Draft(id, read.type(), text.line(), paragraphs.get(0),
                List.copyOf(paragraphs.subList(1, paragraphs.size())), read.options(), explanation));
    }

    /** The paragraphs of the question text; in the missing-word form, with a blank where the answers stood. */
    private static List<String> prompt(GiftText before, GiftText after) {
        List<String> paragraphs = new ArrayList<>(before.paragraphs());
        if (!after.isBlank()) {
            List<String> tail = new ArrayList<>(after.paragraphs());
            String head = paragraphs.isEmpty() ? "" : paragraphs.remove(paragraphs.size() - 1);
            String rest = tail.isEmpty() ? "" : tail.remove(0);
            paragraphs.add((head + " " + BLANK + " " + rest).strip());
            paragraphs.addAll(tail);
        }
        return paragraphs;
    }

    /** The text without a {@code [plain]} tag; {@code [html]}, {@code [moodle]} and {@code [markdown]} text is not read. */
    GiftText plain(GiftText text) {
        GiftText stripped = text.strip();
        Matcher format = FORMAT.matcher(stripped.text());
        if (format.lookingAt() && !format.group(1).equals("plain")) {
            fail(stripped, "it uses the [" + format.group(1) + "] text format: only plain text (no tag, or [plain]) "
                    + "is converted");
            return stripped.sub(format.end()).strip();
        }
        if (format.lookingAt()) {
            stripped = stripped.sub(format.end()).strip();
        }
        Matcher tag = HTML_TAG.matcher(stripped.text());
        if (tag.find() && !htmlNoted) {
            htmlNoted = true;
            note(stripped.sub(tag.start()), "the HTML '" + tag.group() + "' is kept as plain text: trainees see the tag "
                    + "as written, where Moodle would format the text");
        }
        return stripped;
    }

    String id() {
        return id;
    }

    /** Records a construct that stops the question being imported. */
    <T> Optional<T> fail(GiftText at, String message) {
        readable = false;
        findings.add(at.finding("question '" + id + "' is not imported: " + message));
        return Optional.empty();
    }

    /** Records something that is imported differently from how Moodle reads it. */
    void note(GiftText at, String message) {
        findings.add(at.finding("question '" + id + "': " + message));
    }

    private Optional<Draft> unsupported(GiftText at, String kind) {
        return fail(at, "it is " + kind + ", a type a knowledge check does not have");
    }

    private static int firstOf(GiftText text, int from, String... tokens) {
        int first = -1;
        for (String token : tokens) {
            int at = text.indexOf(token, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
