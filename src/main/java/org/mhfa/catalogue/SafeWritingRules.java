package org.mhfa.catalogue;

import java.util.Arrays;
import java.util.List;

/** The safe-writing rules that the validator checks, as authors read them: what each flags, examples, and what to do. */
public final class SafeWritingRules {

    /** One rule: its id (as named in findings and in a course's {@code safe-messaging: allow}), what it flags, examples, the fix. */
    public record Rule(String id, String flags, String examples, String fix) {
    }

    private SafeWritingRules() {
    }

    /** Every rule, in the order of the guide. */
    public static List<Rule> all() {
        return Arrays.stream(SafeMessagingRule.values()).map(rule -> new Rule(rule.id(), flags(rule), examples(rule), rule.fix()))
                .toList();
    }

    private static String flags(SafeMessagingRule rule) {
        return rule == SafeMessagingRule.CONTENT_WARNING ? "A scenario without 'content-warning' in its front matter."
                : "Text that " + rule.reason() + ".";
    }

    private static String examples(SafeMessagingRule rule) {
        return switch (rule) {
            case PHONE_NUMBERS -> "Call 0800 123 4567; text 85258 (any number that is not a configured crisis line)";
            case COMMITTED_SUICIDE -> "committed suicide, commits suicide";
            case ATTEMPT_OUTCOME -> "successful suicide attempt, failed attempt at suicide";
            case SENSATIONAL_LANGUAGE -> "suicide epidemic, suicide hotspot";
            case STIGMATISING_WORDS -> "crazy, psycho, attention-seeking, a schizophrenic";
            case METHOD_WORDS -> "overdosed on, took an overdose, hanged, jumped from, cut himself";
            case CONTENT_WARNING -> "a .scenario.md file whose front matter has no content-warning";
        };
    }
}
