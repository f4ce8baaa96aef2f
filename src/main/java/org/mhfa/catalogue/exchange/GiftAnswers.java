package org.mhfa.catalogue.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mhfa.catalogue.QuestionType;

/** Reads the answer block of a GIFT multiple-choice, true/false or matching question into options. */
final class GiftAnswers {

    /** The options read, and the question type they make. */
    record Read(QuestionType type, List<Draft.Option> options) {
    }

    private record Answer(GiftText at, double weight, Draft.Option option) {
    }

    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d*)?)%");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final double TOLERANCE = 0.05;
    private static final int MAX_OPTIONS = 26;

    private final GiftQuestion question;

    GiftAnswers(GiftQuestion question) {
        this.question = question;
    }

    /** True for {@code T}, {@code TRUE}, {@code F} or {@code FALSE}, before any feedback: Moodle's true/false test. */
    static boolean isTrueFalse(GiftText answers) {
        int hash = answers.indexOf("#", 0);
        return TRUE_FALSE.contains((hash < 0 ? answers : answers.sub(0, hash)).strip().text());
    }

    /**
     * With an {@code =} answer, Moodle lets the trainee pick one option and {@code =} marks the right one (a
     * .single question); without, the trainee picks several and weights {@code ~%50%} share the credit (.multiple).
     */
    Read choice(GiftText answers, GiftText braces) {
        boolean pickOne = answers.indexOf("=", 0) >= 0;
        List<Answer> read = new ArrayList<>();
        for (GiftText part : parts(answers, "=~", "'=' (right) or '~' (wrong)")) {
            GiftText body = part.sub(1).strip();
            double weight = part.isAt(0, "=") ? 100 : 0;
            Matcher percent = WEIGHT.matcher(body.text());
            if (part.isAt(0, "~") && percent.lookingAt()) {
                weight = Double.parseDouble(percent.group(1));
                body = body.sub(percent.end());
            }
            int hash = body.indexOf("#", 0);
            String text = question.plain(hash < 0 ? body : body.sub(0, hash)).oneLine();
            List<String> feedback = hash < 0 ? List.of() : question.plain(body.sub(hash + 1)).paragraphs();
            if (text.isEmpty()) {
                question.fail(part, "one of its answers has no text");
            }
            read.add(new Answer(part, weight, Draft.Option.choice(text, pickOne ? weight >= 100 : weight > 0, feedback)));
        }
        List<Draft.Option> options = read.stream().map(Answer::option).toList();
        if (!count(options.size(), braces, "answers")) {
            return new Read(QuestionType.SINGLE, options);
        }
        return pickOne ? pickOne(read, options) : pickSeveral(read, options);
    }

    private Read pickOne(List<Answer> read, List<Draft.Option> options) {
        for (Answer answer : read) {
            if (answer.weight() > 0 && answer.weight() < 100) {
                question.note(answer.at(), "the partial credit " + percent(answer.weight()) + "% is not kept: "
                        + "this option counts as wrong");
            } else if (answer.weight() < 0) {
                question.note(answer.at(), "the penalty " + percent(answer.weight()) + "% is not kept: "
                        + "a wrong option scores 0");
            }
        }
        List<Answer> right = read.stream().filter(answer -> answer.option().correct()).toList();
        if (right.size() > 1) {
            question.note(right.get(1).at(), right.size() + " answers are marked right: Moodle accepts any one of "
                    + "them, here it is a .multiple question where trainees choose all of them");
            return new Read(QuestionType.MULTIPLE, options);
        }
        return new Read(QuestionType.SINGLE, options);
    }

    private Read pickSeveral(List<Answer> read, List<Draft.Option> options) {
        long right = options.stream().filter(Draft.Option::correct).count();
        if (right == 0) {
            question.fail(read.get(0).at(), "no answer is right: mark the right one with '=', or give each right "
                    + "answer a share of the credit such as '~%50%'");
            return new Read(QuestionType.MULTIPLE, options);
        }
        double share = 100.0 / right;
        List<Answer> rightOff = read.stream()
                .filter(answer -> answer.weight() > 0 && Math.abs(answer.weight() - share) > TOLERANCE).toList();
        if (!rightOff.isEmpty()) {
            question.note(rightOff.get(0).at(), "the weights of its right answers (" + weights(rightOff) + ") are "
                    + "not kept: here each of its " + right + " right options counts " + percent(share) + "%");
        }
        List<Answer> wrongOff = read.stream()
                .filter(answer -> answer.weight() <= 0 && Math.abs(answer.weight() + share) > TOLERANCE).toList();
        if (!wrongOff.isEmpty()) {
            question.note(wrongOff.get(0).at(), "the weights of its wrong answers (" + weights(wrongOff) + ") are "
                    + "not kept: here each wrong option chosen takes away " + percent(share) + "% (one right option's "
                    + "share), never going below 0");
        }
        return new Read(QuestionType.MULTIPLE, options);
    }

    /** {@code T}/{@code TRUE} or {@code F}/{@code FALSE}, then {@code #} feedback for a wrong and {@code #} for a right answer. */
    Read trueFalse(GiftText answers) {
        int first = answers.indexOf("#", 0);
        int second = first < 0 ? -1 : answers.indexOf("#", first + 1);
        boolean isTrue = answers.text().startsWith("T");
        List<String> wrong = first < 0 ? List.of()
                : question.plain(answers.sub(first + 1, second < 0 ? answers.length() : second)).paragraphs();
        List<String> right = second < 0 ? List.of() : question.plain(answers.sub(second + 1)).paragraphs();
        return new Read(QuestionType.TRUE_FALSE, List.of(
                Draft.Option.choice("True", isTrue, isTrue ? right : wrong),
                Draft.Option.choice("False", !isTrue, isTrue ? wrong : right)));
    }

    /** Pairs {@code =left -> right}; an empty left side is an extra wrong right side (a distractor). */
    Read matching(GiftText answers, GiftText braces) {
        List<Draft.Option> pairs = new ArrayList<>();
        Set<String> rights = new HashSet<>();
        int written = 0;
        for (GiftText part : parts(answers, "=", "'=' and write it as 'left -> right'")) {
            GiftText body = part.sub(1);
            int arrow = body.indexOf("->", 0);
            int hash = body.indexOf("#", 0);
            written += arrow >= 0 && body.sub(0, arrow).isBlank() ? 0 : 1;
            if (arrow < 0) {
                question.fail(part, "a matching answer is one pair, '=left -> right'");
                continue;
            }
            if (hash >= 0) {
                question.fail(body.sub(hash), "GIFT has no feedback on matching pairs: Moodle shows '#…' as part of "
                        + "the answer; remove it, or write '\\#' for a '#' in the text");
                continue;
            }
            String left = question.plain(body.sub(0, arrow)).oneLine();
            String right = body.sub(arrow + 2).oneLine();
            if (left.isEmpty()) {
                question.note(part, "the extra right side '" + right + "' (a distractor with no left side) is not "
                        + "kept: a matching question here offers only the right sides of its pairs");
            } else if (right.isEmpty()) {
                question.fail(part, "the pair '" + left + " ->' has no right side");
            } else if (!rights.add(right)) {
                question.fail(part, "the right side '" + right + "' belongs to two pairs: a knowledge check needs "
                        + "a different right side for each pair");
            } else if (!MarkdownWriter.isOnePair(left, right)) {
                question.fail(part, "the pair has ' -> ' inside its text, which a knowledge check reads as the "
                        + "separator");
            } else {
                pairs.add(Draft.Option.pair(left, right));
            }
        }
        count(written, braces, "pairs");
        return new Read(QuestionType.MATCHING, pairs);
    }

    /** The answers, each starting with one of {@code markers}; text before the first one is a failure. */
    private List<GiftText> parts(GiftText answers, String markers, String how) {
        List<GiftText> parts = answers.splitBefore(markers);
        if (!parts.get(0).isBlank()) {
            question.fail(parts.get(0), "it has text before its first answer: start each answer with " + how);
        }
        return parts.subList(1, parts.size());
    }

    private boolean count(int count, GiftText braces, String what) {
        if (count < 2 || count > MAX_OPTIONS) {
            question.fail(braces, "it has " + count + " " + what + ": a knowledge check question needs from 2 to "
                    + MAX_OPTIONS);
            return false;
        }
        return true;
    }

    private static String weights(List<Answer> answers) {
        return String.join(", ", answers.stream().map(answer -> percent(answer.weight()) + "%").distinct().toList());
    }

    /** A percentage as GIFT writes it: at most five decimals, no trailing zeros. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
