package org.mhfa.verification;

import java.util.Locale;
import org.mhfa.verification.VerificationConfig.HolderNameForm;

/** Shows a holder's name in the configured form: in full, or as first name and initial ("Ana M."). */
public final class HolderNames {

    private HolderNames() {
    }

    public static String show(String fullName, HolderNameForm form) {
        if (fullName == null) {
            return "";
        }
        String name = fullName.strip();
        if (form == HolderNameForm.FULL) {
            return name;
        }
        String[] parts = name.split("\\s+");
        if (parts.length < 2) {
            return name;
        }
        String last = parts[parts.length - 1];
        String initial = new String(Character.toChars(last.codePointAt(0))).toUpperCase(Locale.ROOT);
        return parts[0] + " " + initial + ".";
    }
}
