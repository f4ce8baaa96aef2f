package org.mhfa.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads e-mail addresses from what an instructor pasted (one per line, or separated by commas, semicolons or spaces). */
public final class EmailAddresses {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    /** The addresses in a block of text, in order, with surrounding angle brackets removed. */
    public static List<String> split(String text) {
        List<String> addresses = new ArrayList<>();
        if (text == null) {
            return addresses;
        }
        for (String token : SEPARATORS.split(text.strip())) {
            String address = token.replaceAll("^<|>$", "");
            if (!address.isEmpty()) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /** The address as stored and compared: trimmed and lower-case. */
    public static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** Why the address cannot be used, or empty when it looks like a deliverable address. */
    public static Optional<String> problem(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("This is empty.");
        }
        String value = address.strip();
        if (value.length() > 254) {
            return Optional.of("This is too long to be an e-mail address.");
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1) {
            return Optional.of("This is not an e-mail address: it needs a name, an @ and a domain, like sam@example.org.");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (!LOCAL_PART.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Optional.of("The part before the @ has characters an e-mail address cannot have.");
        }
        if (!DOMAIN.matcher(domain).matches()) {
            return Optional.of("The part after the @ is not a domain name like example.org.");
        }
        return Optional.empty();
    }
}
