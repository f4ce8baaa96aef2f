package org.mhfa.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a knowledge check can ask, with the word authors write after a dot: {@code {#id .multiple}}. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    ORDERING("ordering"),
    MATCHING("matching");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(type -> type.key.equals(key)).findFirst();
    }
}
