package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import org.mhfa.catalogue.QuizOption;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns what a form or a JSON body sent into the grader's answers: for each question, a list of authored option ids.
 * Trainees name options by the tokens their attempt shows ({@link OptionTokens}); a text that is not one of them (an
 * authored id included) is refused as not being one of the question's options, as the grader refuses unknown ids.
 */
public final class SubmittedAnswers {

    private SubmittedAnswers() {
    }

    /**
     * From JSON: a token for single choice and true/false, a list of tokens for multiple choice and ordering, an object
     * of left token to right token for matching. Unknown question ids are kept so that the grader can report them.
     */
    public static Map<String, List<String>> fromJson(List<Question> questions, OptionTokens tokens, Map<String, Object> body) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, String> errors = new TreeMap<>();
        body.forEach((questionId, value) -> {
            Question question = questions.stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
            if (question == null) {
                answers.put(questionId, List.of());
                return;
            }
            List<String> sent = switch (question.type()) {
                case SINGLE, TRUE_FALSE -> value instanceof String token ? List.of(token) : null;
                case MULTIPLE, ORDERING -> value instanceof Collection<?> sentTokens ? strings(sentTokens) : null;
                case MATCHING -> value instanceof Map<?, ?> pairs ? matched(question, tokens, pairs) : null;
            };
            if (sent == null) {
                errors.put(questionId, switch (question.type()) {
                    case SINGLE, TRUE_FALSE -> "Send the id of the chosen option as a string: one of the ids this attempt shows in 'options'.";
                    case MULTIPLE -> "Send the ids of the chosen options as a list: ids this attempt shows in 'options'.";
                    case ORDERING -> "Send the id of every item in 'options', in your order, as a list.";
                    case MATCHING -> "Send an object of each left item's id (from 'options') to the id of the right item chosen (from 'matches').";
                });
                return;
            }
            String side = question.type() == QuestionType.MATCHING ? OptionTokens.MATCH : OptionTokens.OPTION;
            authored(question, tokens, side, sent, errors).ifPresent(ids -> answers.put(questionId, ids));
        });
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return answers;
    }

    /**
     * From a page form, options named by token: {@code qid=t} for single choice, repeated {@code qid=t&qid=u} for
     * multiple choice, {@code qid.t=2} (the position of item t) for ordering, {@code qid.t=u} (the right side u chosen
     * for the left side t) for matching.
     */
    public static Map<String, List<String>> fromForm(List<Question> questions, OptionTokens tokens, MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, String> errors = new TreeMap<>();
        refuseRepeats(questions, form, errors);
        for (Question question : questions) {
            Optional<List<String>> answer = switch (question.type()) {
                case SINGLE, TRUE_FALSE, MULTIPLE -> {
                    List<String> chosen = form.get(question.id());
                    yield chosen == null || chosen.isEmpty() ? Optional.empty()
                            : authored(question, tokens, OptionTokens.OPTION, chosen, errors);
                }
                case ORDERING -> ordered(question, tokens, form, errors);
                case MATCHING -> {
                    List<String> rights = question.options().stream()
                            .map(option -> form.getFirst(question.id() + "." + tokens.token(question.id(), OptionTokens.OPTION, option.id())))
                            .takeWhile(right -> right != null && !right.isBlank()).toList();
                    yield rights.size() == question.options().size()
                            ? authored(question, tokens, OptionTokens.MATCH, rights, errors) : Optional.empty();
                }
            };
            answer.ifPresent(ids -> answers.put(question.id(), ids));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return answers;
    }

    /**
     * Only the boxes of a multiple-choice question may send their field more than once; a second value anywhere else
     * (a browser never sends one) is refused rather than dropped.
     */
    private static void refuseRepeats(List<Question> questions, MultivaluedMap<String, String> form, Map<String, String> errors) {
        form.forEach((field, values) -> {
            String questionId = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
            questions.stream().filter(question -> question.id().equals(questionId)).findFirst()
                    .filter(question -> values.size() > 1 && !(question.type() == QuestionType.MULTIPLE && field.equals(questionId)))
                    .ifPresent(question -> errors.put(questionId, "Give one answer here, not several."));
        });
    }

    /** What the form held, as far as it can be read, to show it again beside the errors. */
    public static Map<String, List<String>> lenient(List<Question> questions, MultivaluedMap<String, String> form) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        form.forEach((key, values) -> chosen.put(key, List.copyOf(values)));
        return chosen;
    }

    private static Optional<List<String>> ordered(Question question, OptionTokens tokens, MultivaluedMap<String, String> form,
            Map<String, String> errors) {
        String[] order = new String[question.options().size()];
        boolean complete = true;
        for (QuizOption option : question.options()) {
            String field = question.id() + "." + tokens.token(question.id(), OptionTokens.OPTION, option.id());
            int position = parsePosition(form.getFirst(field), order.length);
            if (position < 0 || order[position] != null) {
                complete = false;
            } else {
                order[position] = option.id();
            }
        }
        if (!complete) {
            errors.put(question.id(), "Give each item a different position, from 1 to " + order.length + ".");
            return Optional.empty();
        }
        return Optional.of(List.of(order));
    }

    /** The authored ids of the tokens sent, or empty with an error when one of them names no option on that side. */
    private static Optional<List<String>> authored(Question question, OptionTokens tokens, String side, List<String> sent,
            Map<String, String> errors) {
        List<String> ids = new ArrayList<>();
        for (String token : sent) {
            Optional<QuizOption> option = tokens.option(question, side, token);
            if (option.isEmpty()) {
                errors.put(question.id(), QuizGrader.notAnOption(token));
                return Optional.empty();
            }
            ids.add(option.get().id());
        }
        return Optional.of(ids);
    }

    private static int parsePosition(String value, int size) {
        try {
            int position = Integer.parseInt(value == null ? "" : value.strip());
            return position >= 1 && position <= size ? position - 1 : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> strings(Collection<?> values) {
        List<String> strings = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String text)) {
                return null;
            }
            strings.add(text);
        }
        return strings;
    }

    /** The right-side tokens sent for each left side, in authored order of the left sides; null when the shape is wrong. */
    private static List<String> matched(Question question, OptionTokens tokens, Map<?, ?> pairs) {
        List<String> rights = new ArrayList<>();
        for (QuizOption option : question.options()) {
            Object right = pairs.get(tokens.token(question.id(), OptionTokens.OPTION, option.id()));
            if (!(right instanceof String token)) {
                return null;
            }
            rights.add(token);
        }
        return pairs.size() == question.options().size() ? rights : null;
    }
}
