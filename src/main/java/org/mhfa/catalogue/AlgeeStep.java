package org.mhfa.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The steps of the first-aid action plan (ALGEE) that a scenario choice exercises. */
public enum AlgeeStep {
    APPROACH("approach", "Approach and assess for risk"),
    LISTEN("listen", "Listen non-judgementally"),
    SUPPORT("support", "Give support and information"),
    PROFESSIONAL("professional", "Encourage professional help"),
    OTHER_SUPPORTS("other-supports", "Encourage other supports");

    private final String key;
    private final String label;

    AlgeeStep(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word authors write: {@code step=listen}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<AlgeeStep> fromKey(String key) {
        return Arrays.stream(values()).filter(step -> step.key.equals(key)).findFirst();
    }
}
