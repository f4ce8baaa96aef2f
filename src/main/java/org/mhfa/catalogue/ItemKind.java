package org.mhfa.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file in a module folder, told apart by how their names end, with the words the guide uses for them. */
enum ItemKind {
    LESSON(".md", "lesson", "lessons", "lesson", "01-what-is-a-crisis.md"),
    QUIZ(".quiz.md", "quiz", "quizzes", "knowledge check", "05-knowledge-check.quiz.md"),
    SCENARIO(".scenario.md", "scenario", "scenarios", "scenario", "03-panic-on-the-bus.scenario.md");

    private final String suffix;
    private final String linkScheme;
    private final String urlSegment;
    private final String label;
    private final String exampleName;

    ItemKind(String suffix, String linkScheme, String urlSegment, String label, String exampleName) {
        this.suffix = suffix;
        this.linkScheme = linkScheme;
        this.urlSegment = urlSegment;
        this.label = label;
        this.exampleName = exampleName;
    }

    /** The kind of a file named {@code name} (which ends in {@code .md}). */
    static ItemKind ofFileName(String name) {
        return name.endsWith(QUIZ.suffix) ? QUIZ : name.endsWith(SCENARIO.suffix) ? SCENARIO : LESSON;
    }

    /** The kind whose links are written {@code scheme:id}, e.g. {@code quiz:check}. */
    static Optional<ItemKind> ofLinkScheme(String scheme) {
        return Arrays.stream(values()).filter(kind -> kind.linkScheme.equals(scheme)).findFirst();
    }

    /** How the file name ends: {@code .quiz.md}. */
    String suffix() {
        return suffix;
    }

    /** What a link to an item of this kind starts with, before the colon: {@code quiz}. */
    String linkScheme() {
        return linkScheme;
    }

    /** The path segment of the item's pages, as {@link ModuleItem#kind()}: {@code quizzes}. */
    String urlSegment() {
        return urlSegment;
    }

    /** The guide's word for it: {@code knowledge check}. */
    String label() {
        return label;
    }

    /** A well-formed file name of this kind. */
    String exampleName() {
        return exampleName;
    }
}
