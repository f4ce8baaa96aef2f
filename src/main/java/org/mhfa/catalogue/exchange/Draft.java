package org.mhfa.catalogue.exchange;

import java.util.List;
import org.mhfa.catalogue.QuestionType;

/**
 * A question read from another format, in the shape of a knowledge-check question; every text is plain text and
 * {@code detail}, feedback and {@code explanation} are lists of paragraphs.
 */
record Draft(String id, QuestionType type, int line, String prompt, List<String> detail, List<Option> options,
        List<String> explanation) {

    /** An option of a choice question (with {@code match} null), or a pair of a matching question. */
    record Option(String text, boolean correct, List<String> feedback, String match) {

        static Option choice(String text, boolean correct, List<String> feedback) {
            return new Option(text, correct, List.copyOf(feedback), null);
        }

        static Option pair(String left, String right) {
            return new Option(left, true, List.of(), right);
        }
    }

    ImportedQuestion toImported() {
        return new ImportedQuestion(id, type, line, MarkdownWriter.write(this));
    }
}
