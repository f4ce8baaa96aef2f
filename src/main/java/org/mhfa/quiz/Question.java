package org.mhfa.quiz;

import java.util.List;
import java.util.Optional;

/** A single-choice question: its prompt, options, and the explanation shown after submission. */
public record Question(String id, String prompt, String detailHtml, List<QuizOption> options, String explanationHtml) {

    public Optional<QuizOption> option(String optionId) {
        return options.stream().filter(option -> option.id().equals(optionId)).findFirst();
    }

    public QuizOption correctOption() {
        return options.stream().filter(QuizOption::correct).findFirst().orElseThrow();
    }
}
