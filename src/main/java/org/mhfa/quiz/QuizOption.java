package org.mhfa.quiz;

/** One answer option of a question; {@code id} is its letter (a, b, c …) in authored order. */
public record QuizOption(String id, String html, boolean correct) {
}
