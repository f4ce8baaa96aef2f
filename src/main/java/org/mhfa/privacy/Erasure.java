package org.mhfa.privacy;

import java.time.Instant;
import org.mhfa.identity.Learner;

/**
 * An erasure in progress, handed to each {@link PersonalDataHolder}.
 *
 * @param learner     the learner being erased (managed, locked); its name and e-mail are still in place
 * @param formerName  the name to remove wherever a holder kept a copy of it
 * @param formerEmail the e-mail address to remove likewise; may be null
 * @param pseudonym   what stands in for the person from now on
 * @param erasedAt    the moment of erasure
 */
public record Erasure(Learner learner, String formerName, String formerEmail, String pseudonym, Instant erasedAt) {

    /** A free text with every copy of the former name and e-mail replaced by the pseudonym (case ignored). */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = replaceIgnoringCase(text, formerName);
        return formerEmail == null ? scrubbed : replaceIgnoringCase(scrubbed, formerEmail);
    }

    private String replaceIgnoringCase(String text, String personal) {
        if (personal == null || personal.isBlank()) {
            return text;
        }
        return text.replaceAll("(?iu)" + java.util.regex.Pattern.quote(personal), java.util.regex.Matcher.quoteReplacement(pseudonym));
    }
}
