package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuizOption;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns what a form or a JSON body sent into the grader's answers: for each question, a list of option ids. */
public final class SubmittedAnswers {

    private SubmittedAnswers() {
    }

    /**
     * From JSON: a string for single choice and true/false, a list for multiple choice and ordering, an object of
     * left id to right id for matching. Unknown question ids are kept so that the grader can report them.
     */
    public static Map<String, List<String>> fromJson(List<Question> questions, Map<String, Object> body) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, String> errors = new TreeMap<>();
        body.forEach((questionId, value) -> {
            Question question = questions.stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
            if (question == null) {
                answers.put(questionId, List.of());
                return;
            }
            List<String> answer = switch (question.type()) {
                case SINGLE, TRUE_FALSE -> value instanceof String id ? List.of(id) : null;
                case MULTIPLE, ORDERING -> value instanceof Collection<?> ids ? strings(ids) : null;
                case MATCHING -> value instanceof Map<?, ?> pairs ? matched(question, pairs) : null;
            };
            if (answer == null) {
                errors.put(questionId, switch (question.type()) {
                    case SINGLE, TRUE_FALSE -> "Send the id of the chosen option as a string, e.g. \"b\".";
                    case MULTIPLE -> "Send the ids of the chosen options as a list, e.g. [\"a\", \"c\"].";
                    case ORDERING -> "Send every item id in your order as a list, e.g. [\"c\", \"a\", \"b\"].";
                    case MATCHING -> "Send an object of left id to right id, e.g. {\"a\": \"c\"}.";
                });
            } else {
                answers.put(questionId, answer);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return answers;
    }

    /**
     * From a page form: {@code qid=b} for single choice, repeated {@code qid=a&qid=c} for multiple choice,
     * {@code qid.a=2} (the position of item a) for ordering, {@code qid.a=c} (the right side chosen for a) for matching.
     */
    public static Map<String, List<String>> fromForm(List<Question> questions, MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        Map<String, String> errors = new TreeMap<>();
        for (Question question : questions) {
            switch (question.type()) {
                case SINGLE, TRUE_FALSE, MULTIPLE -> {
                    List<String> chosen = form.get(question.id());
                    if (chosen != null && !chosen.isEmpty()) {
                        answers.put(question.id(), List.copyOf(chosen));
                    }
                }
                case ORDERING -> {
                    String[] order = new String[question.options().size()];
                    boolean complete = true;
                    for (QuizOption option : question.options()) {
                        int position = parsePosition(form.getFirst(question.id() + "." + option.id()), order.length);
                        if (position < 0 || order[position] != null) {
                            complete = false;
                        } else {
                            order[position] = option.id();
                        }
                    }
                    if (complete) {
                        answers.put(question.id(), List.of(order));
                    } else {
                        errors.put(question.id(), "Give each item a different position, from 1 to " + order.length + ".");
                    }
                }
                case MATCHING -> {
                    List<String> matched = new ArrayList<>();
                    for (QuizOption option : question.options()) {
                        String right = form.getFirst(question.id() + "." + option.id());
                        if (right == null || right.isBlank()) {
                            break;
                        }
                        matched.add(right);
                    }
                    if (matched.size() == question.options().size()) {
                        answers.put(question.id(), matched);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        return answers;
    }

    /** What the form held, as far as it can be read, to show it again beside the errors. */
    public static Map<String, List<String>> lenient(List<Question> questions, MultivaluedMap<String, String> form) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        form.forEach((key, values) -> chosen.put(key, List.copyOf(values)));
        return chosen;
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
            if (!(value instanceof String id)) {
                return null;
            }
            strings.add(id);
        }
        return strings;
    }

    private static List<String> matched(Question question, Map<?, ?> pairs) {
        List<String> rights = new ArrayList<>();
        for (QuizOption option : question.options()) {
            Object right = pairs.get(option.id());
            if (!(right instanceof String id)) {
                return null;
            }
            rights.add(id);
        }
        return pairs.size() == question.options().size() ? rights : null;
    }
}
