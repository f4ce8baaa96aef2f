package org.mhfa.catalogue.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.Quiz;
import org.mhfa.catalogue.QuizOption;
import org.mhfa.catalogue.ReviewPolicy;

/** Writes a knowledge check as Moodle GIFT text, with a finding for each part GIFT cannot express. */
public final class GiftExporter {

    private final StringBuilder out = new StringBuilder();
    private final List<Finding> findings = new ArrayList<>();

    private GiftExporter() {
    }

    /**
     * The check's questions in GIFT: single choice with {@code =} and {@code ~}, multiple choice with equal
     * {@code ~%share%} weights for right and {@code ~%-share%} for wrong options (the knowledge check's partial
     * credit), true/false, matching, option feedback {@code #} and the explanation as general feedback {@code ####}.
     * A question whose text has formatting is written in the {@code [html]} format. Ordering questions, matching
     * sides containing {@code ->}, the introduction and any settings other than the defaults are written as comments,
     * each with a finding at its line.
     */
    public static ExportResult write(Quiz quiz) {
        GiftExporter exporter = new GiftExporter();
        exporter.header(quiz);
        quiz.questions().forEach(exporter::question);
        return new ExportResult(exporter.out.toString(), exporter.findings);
    }

    private void header(Quiz quiz) {
        comment(quiz.title());
        List<String> settings = new ArrayList<>();
        if (quiz.passMark() != 70) {
            settings.add("pass-mark " + quiz.passMark());
        }
        Stream.of(setting("attempts", quiz.attemptLimit()), setting("time-limit-minutes", quiz.timeLimitMinutes()),
                setting("draw", quiz.draw())).filter(setting -> !setting.isEmpty()).forEach(settings::add);
        if (quiz.retryAfterMinutes() > 0) {
            settings.add("retry-after-minutes " + quiz.retryAfterMinutes());
        }
        if (quiz.review() != ReviewPolicy.ANSWERS) {
            settings.add("review " + quiz.review().key());
        }
        if (!quiz.required()) {
            settings.add("required false");
        }
        if (!settings.isEmpty()) {
            finding("the check's settings are not part of GIFT: they are written as a comment; set them on the Moodle quiz");
            comment("Settings: " + String.join(", ", settings));
        }
        HtmlText intro = HtmlText.of(quiz.introHtml());
        if (!intro.paragraphs().isEmpty()) {
            finding("GIFT has no place for the check's introduction: it is written as a comment");
            comment("Introduction:");
            intro.paragraphs().forEach(this::comment);
        }
        out.append('\n');
    }

    private static String setting(String key, Integer value) {
        return value == null ? "" : key + " " + value;
    }

    private void question(Question question) {
        if (question.type() == QuestionType.ORDERING) {
            skip(question, "is an ordering question, and GIFT has no ordering type");
            return;
        }
        if (question.type() == QuestionType.MATCHING
                && question.options().stream().anyMatch(option -> HtmlText.of(option.html()).oneLine().contains("->"))) {
            skip(question, "has '->' in the left side of a pair, where GIFT ends the left side");
            return;
        }
        GiftTexts texts = GiftTexts.of(question);
        question.options().stream().filter(option -> HtmlText.of(option.matchHtml()).formatted()).findFirst()
                .ifPresent(option -> finding("question '" + question.id() + "': the formatting of the right side '"
                        + HtmlText.of(option.matchHtml()).oneLine() + "' is not kept: GIFT has right sides in plain text"));
        out.append("::").append(question.id()).append("::").append(texts.questionText());
        if (question.type() == QuestionType.TRUE_FALSE) {
            trueFalse(question, texts);
        } else {
            out.append("{\n");
            double share = 100.0 / question.correctOptions().size();
            for (QuizOption option : question.options()) {
                String text = texts.inline(option.html());
                out.append('\t').append(marker(question.type(), option, share, text)).append(text);
                if (question.type() == QuestionType.MATCHING) {
                    out.append(" -> ").append(texts.rightSide(option.matchHtml()));
                } else {
                    out.append(feedback(texts.block(option.feedbackHtml())));
                }
                out.append('\n');
            }
            String explanation = texts.block(question.explanationHtml());
            if (!explanation.isEmpty()) {
                out.append("\t####").append(explanation).append('\n');
            }
        }
        out.append("}\n\n");
    }

    /** The answer's marker; a wrong answer whose text starts like a weight ({@code %50%}) gets an explicit {@code %0%}. */
    private static String marker(QuestionType type, QuizOption option, double share, String text) {
        return switch (type) {
            case MULTIPLE -> "~%" + (option.correct() ? "" : "-") + GiftAnswers.percent(share) + "%";
            case MATCHING -> "=";
            default -> option.correct() ? "=" : text.matches("%-?\\d.*") ? "~%0%" : "~";
        };
    }

    /** {@code {TRUE#feedback for a wrong answer#feedback for a right answer####explanation}}, as Moodle writes it. */
    private void trueFalse(Question question, GiftTexts texts) {
        QuizOption right = question.correctOptions().get(0);
        QuizOption wrong = question.options().stream().filter(option -> !option.correct()).findFirst().orElseThrow();
        String rightFeedback = texts.block(right.feedbackHtml());
        String wrongFeedback = texts.block(wrong.feedbackHtml());
        out.append('{').append(HtmlText.of(right.html()).oneLine().equalsIgnoreCase("true") ? "TRUE" : "FALSE");
        if (!wrongFeedback.isEmpty() || !rightFeedback.isEmpty()) {
            out.append('#').append(wrongFeedback);
        }
        out.append(feedback(rightFeedback));
        String explanation = texts.block(question.explanationHtml());
        if (!explanation.isEmpty()) {
            out.append("####").append(explanation);
        }
    }

    private static String feedback(String text) {
        return text.isEmpty() ? "" : "#" + text;
    }

    private void skip(Question question, String reason) {
        finding("question '" + question.id() + "' " + reason + ": it is written as a comment");
        comment("Not exported: question '" + question.id() + "' " + reason + ".");
        comment(question.prompt());
        for (int i = 0; i < question.options().size(); i++) {
            QuizOption option = question.options().get(i);
            String match = option.matchHtml() == null ? "" : " -> " + HtmlText.of(option.matchHtml()).oneLine();
            comment("  " + (i + 1) + ". " + HtmlText.of(option.html()).oneLine() + match);
        }
        out.append('\n');
    }

    private void comment(String text) {
        out.append("// ").append(text.replaceAll("\\R", " ")).append('\n');
    }

    private void finding(String message) {
        findings.add(new Finding((int) out.chars().filter(c -> c == '\n').count() + 1, 1, message));
    }
}
