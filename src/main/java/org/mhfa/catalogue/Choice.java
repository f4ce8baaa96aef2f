package org.mhfa.catalogue;

/** A choice on a node: its text, where it leads, its score, the ALGEE step it exercises and its feedback. */
public record Choice(int index, String html, String target, int score, AlgeeStep step, String feedbackHtml) {
}
