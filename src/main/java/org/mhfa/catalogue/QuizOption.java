package org.mhfa.catalogue;

/**
 * One option of a question; {@code id} is its letter (a, b, c …) in authored order. For ordering questions the
 * authored order is the correct order; for matching questions {@code html} is the left side and {@code matchHtml}
 * the right side that belongs to it.
 */
public record QuizOption(String id, String html, boolean correct, String feedbackHtml, String matchHtml) {
}
