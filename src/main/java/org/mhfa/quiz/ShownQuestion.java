package org.mhfa.quiz;

import org.mhfa.catalogue.Question;
import org.mhfa.catalogue.QuestionType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A question as a trainee sees it before submitting: options of every type, and the right sides of a matching question
 * apart, in an order shuffled by the attempt's seed, each under a token of the attempt ({@link OptionTokens}) rather
 * than its authored id. Nothing in it tells which answer is right.
 */
public record ShownQuestion(String id, String type, String prompt, String detailHtml, List<ShownOption> options,
        List<ShownOption> matches) {

    /** An option or item as shown: its token and text only. */
    public record ShownOption(String id, String html) {
    }

    public static ShownQuestion of(Question question, OptionTokens tokens) {
        List<ShownOption> shown = tokens.shown(question, OptionTokens.OPTION).stream()
                .map(option -> new ShownOption(tokens.token(question.id(), OptionTokens.OPTION, option.id()), option.html()))
                .toList();
        List<ShownOption> matches = question.type() == QuestionType.MATCHING
                ? tokens.shown(question, OptionTokens.MATCH).stream()
                        .map(option -> new ShownOption(tokens.token(question.id(), OptionTokens.MATCH, option.id()), option.matchHtml()))
                        .toList()
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

    /** The form field of one item of an ordering or matching question, named by the item's token. */
    public String field(String token) {
        return id + "." + token;
    }

    /** 1 … number of items, for the position selects of an ordering question. */
    public List<Integer> positions() {
        return java.util.stream.IntStream.rangeClosed(1, options.size()).boxed().toList();
    }
}
