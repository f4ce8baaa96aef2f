package org.mhfa.catalogue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The safe-writing rules of the authoring guide that the validator checks, each with its id, reason and fix. */
enum SafeMessagingRule {

    PHONE_NUMBERS("phone-numbers", "is a phone number that is not one of the platform's crisis lines",
            "numbers change and differ by region, so write 'a crisis line in your region' and let the platform show the "
                    + "number from its configuration"),
    COMMITTED_SUICIDE("committed-suicide", "links suicide with crime or sin", "write 'died by suicide'"),
    ATTEMPT_OUTCOME("attempt-outcome", "presents suicide as something to succeed or fail at",
            "write 'suicide attempt', or 'died by suicide'"),
    SENSATIONAL_LANGUAGE("sensational-language", "is sensational language, which can make suicide seem common or dramatic",
            "describe the facts calmly, without naming places"),
    STIGMATISING_WORDS("stigmatising-words", "is a stigmatising word", "use person-first, respectful language"),
    METHOD_WORDS("method-words", "may describe a method or means of suicide or self-harm, which the guide says never to do",
            "have a person review it, and say what happened in general terms, such as 'died by suicide' or 'harmed themselves'"),
    CONTENT_WARNING("content-warning", "the scenario has no 'content-warning'",
            "add one such as 'content-warning: This scenario is about low mood at work. You can pause or leave at any time.'");

    private final String id;
    private final String reason;
    private final String fix;

    SafeMessagingRule(String id, String reason, String fix) {
        this.id = id;
        this.reason = reason;
        this.fix = fix;
    }

    String id() {
        return id;
    }

    String reason() {
        return reason;
    }

    String fix() {
        return fix;
    }

    /** The message for a finding of this rule about {@code found} (the text matched), ending in the rule's fix. */
    String message(String found) {
        return message(found, fix);
    }

    /** The message for a finding about {@code found}, with a fix for that text in particular. */
    String message(String found, String particularFix) {
        return "'" + found + "' " + reason + " (" + id + "): " + particularFix;
    }

    /** The message of a finding about the whole file, not a piece of its text. */
    String message() {
        return reason + " (" + id + "): " + fix;
    }

    static Optional<SafeMessagingRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }

    static Set<String> ids() {
        return Arrays.stream(values()).map(SafeMessagingRule::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
