package org.mhfa.catalogue;

import java.util.List;

/**
 * A question bank ({@code banks/<id>.bank.md}): questions that several knowledge checks of the course add to their pool,
 * each known there as {@code <bank-id>/<question-id>}.
 */
record QuestionBank(String id, String title, List<Question> questions, String version) {

    /** What separates the bank's id from a question's id in the pool of a knowledge check. */
    static final String SEPARATOR = "/";

    /** The bank's questions as a knowledge check draws them: their ids prefixed with the bank's. */
    List<Question> pooled() {
        return questions.stream().map(question -> new Question(id + SEPARATOR + question.id(), question.type(), question.prompt(),
                question.detailHtml(), question.options(), question.explanationHtml())).toList();
    }
}
