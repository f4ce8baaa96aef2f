package org.mhfa.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code safe-messaging: {allow: [rule-id], because: "..."}} of {@code course.md}: the safe-writing rules a
 * course switches off, each switch with the reason written down.
 */
final class SafeMessagingSwitch {

    static final String KEY = "safe-messaging";
    private static final Set<String> KEYS = Set.of("allow", "because");
    private static final String EXAMPLE = "safe-messaging: {allow: [phone-numbers], because: \"...\"}";

    private SafeMessagingSwitch() {
    }

    /** The rules {@code front} switches off; none when the switch is absent or has an error (reported). */
    static Set<SafeMessagingRule> read(ContentFile file, FrontMatter front) {
        Set<SafeMessagingRule> allowed = EnumSet.noneOf(SafeMessagingRule.class);
        front.section(KEY, KEYS, EXAMPLE).ifPresent(section -> {
            int errorsBefore = file.errorCount();
            List<FrontMatter.Located<String>> ids = section.wordList("allow", "allow: [phone-numbers]");
            String because = section.optionalString("because");
            FrontMatter.Located<String> key = front.keys().stream().filter(k -> k.value().equals(KEY)).findFirst().orElseThrow();
            if (ids == null && !section.isMisspelt("allow") && file.errorCount() == errorsBefore) {
                file.error(key.line(), key.column(), "'" + KEY + "' needs 'allow:', the list of the rules this course switches "
                        + "off, e.g. '" + EXAMPLE + "'");
            }
            if (because == null && !section.isMisspelt("because") && file.errorCount() == errorsBefore) {
                file.error(key.line(), key.column(), "'" + KEY + "' switches rules off only with a reason: add 'because: \"...\"' "
                        + "under it, saying why this course needs what the rules warn about");
            }
            for (FrontMatter.Located<String> id : ids == null ? List.<FrontMatter.Located<String>>of() : ids) {
                SafeMessagingRule.byId(id.value()).ifPresentOrElse(allowed::add, () -> file.error(id.line(), id.column(),
                        "unknown safe-messaging rule '" + id.value() + "'" + FrontMatter.suggestion(id.value(), SafeMessagingRule.ids())
                                + "; rules: " + String.join(", ", SafeMessagingRule.ids())));
            }
        });
        return allowed;
    }
}
