package org.mhfa.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** What a trainee sees after submitting a knowledge check. */
public enum ReviewPolicy {
    /** The correct answers, the feedback on each option and the explanation. */
    ANSWERS("answers"),
    /** Whether each answer was right, the feedback on the chosen options and the explanation; not the correct answers. */
    FEEDBACK("feedback"),
    /** Only the score until the trainee has passed; everything after. */
    AFTER_PASS("after-pass");

    private final String key;

    ReviewPolicy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ReviewPolicy> fromKey(String key) {
        return Arrays.stream(values()).filter(policy -> policy.key.equals(key)).findFirst();
    }
}
