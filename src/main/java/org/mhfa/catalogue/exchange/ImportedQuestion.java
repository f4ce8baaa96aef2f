package org.mhfa.catalogue.exchange;

import org.mhfa.catalogue.QuestionType;

/** One imported question: its id, type, the line it started on, and its markdown in the knowledge-check format. */
public record ImportedQuestion(String id, QuestionType type, int line, String markdown) {
}
