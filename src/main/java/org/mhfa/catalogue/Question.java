package org.mhfa.catalogue;

import java.util.List;
import java.util.Optional;

/** A question of a knowledge check: its type, prompt, options, and the explanation shown after submission. */
public record Question(String id, QuestionType type, String prompt, String detailHtml, List<QuizOption> options,
        String explanationHtml) {

    public Optional<QuizOption> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }

    public List<QuizOption> correctOptions() {
        return options.stream().filter(QuizOption::correct).toList();
    }

    /** True for questions answered by picking options (single, multiple, true/false). */
    public boolean isChoice() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTIPLE || type == QuestionType.TRUE_FALSE;
    }
}
