package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A question as a trainee sees it before submitting: options in authored order for choice questions, ordering
 * items and matching right sides shuffled by the attempt's seed. Nothing in it tells which answer is right.
 */
public record ShownQuestion(String id, String type, String prompt, String detailHtml, List<ShownOption> options,
        List<ShownOption> matches) {

    /** An option or item as shown: its id and text only. */
    public record ShownOption(String id, String html) {
    }

    public static ShownQuestion of(Question question, long seed) {
        List<ShownOption> shown = switch (question.type()) {
            case ORDERING -> QuizDraw.shownOrder(question, seed).stream().map(option -> new ShownOption(option.id(), option.html())).toList();
            default -> question.options().stream().map(option -> new ShownOption(option.id(), option.html())).toList();
        };
        List<ShownOption> matches = question.type() == QuestionType.MATCHING
                ? QuizDraw.shownOrder(question, seed).stream().map(option -> new ShownOption(option.id(), option.matchHtml())).toList()
                : List.of();
        return new ShownQuestion(question.id(), question.type().key(), question.prompt(), question.detailHtml(), shown, matches);
    }

    @JsonIgnore
    public boolean isSingle() {
        return type.equals("single") || type.equals("true-false");
    }

    @JsonIgnore
    public boolean isMultiple() {
        return type.equals("multiple");
    }

    @JsonIgnore
    public boolean isOrdering() {
        return type.equals("ordering");
    }

    @JsonIgnore
    public boolean isMatching() {
        return type.equals("matching");
    }

    /** The form field of one item of an ordering or matching question. */
    public String field(String optionId) {
        return id + "." + optionId;
    }

    /** 1 … number of items, for the position selects of an ordering question. */
    public List<Integer> positions() {
        return java.util.stream.IntStream.rangeClosed(1, options.size()).boxed().toList();
    }
}
