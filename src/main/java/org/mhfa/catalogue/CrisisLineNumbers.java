package org.mhfa.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone numbers of the platform's crisis lines, as digits only: in the running platform those of its configuration
 * (what the page footer shows); for the {@code validate} command, which starts no platform, those of
 * {@code mhfa.crisis-lines[n].contact} in {@code application.properties}.
 */
final class CrisisLineNumbers {

    private static final Pattern CONTACT_KEY = Pattern.compile("mhfa\\.crisis-lines\\[\\d+\\]\\.contact");
    /** A number in a contact: digits, possibly grouped by single spaces or hyphens, such as {@code 116 123} or {@code 988}. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d+(?:[ -]\\d+)*");
    private static final Set<String> CONFIGURED = read();

    private CrisisLineNumbers() {
    }

    /** The numbers configured in {@code application.properties} on the class path; none when it cannot be read. */
    static Set<String> configured() {
        return CONFIGURED;
    }

    /** The numbers in the contact texts of {@code properties}, as digits only; not short ones such as the '24' of '24 hours'. */
    static Set<String> of(Properties properties) {
        return inContacts(properties.stringPropertyNames().stream().filter(key -> CONTACT_KEY.matcher(key).matches())
                .map(properties::getProperty).toList());
    }

    /** The numbers in crisis-line contact texts such as {@code "call or text 988"}, as digits only; not short ones. */
    static Set<String> inContacts(Collection<String> contacts) {
        Set<String> numbers = new LinkedHashSet<>();
        for (String contact : contacts) {
            Matcher number = NUMBER.matcher(contact);
            while (number.find()) {
                String digits = digits(number.group());
                if (digits.length() >= SafeMessagingCheck.SHORT_NUMBER_DIGITS) {
                    numbers.add(digits);
                }
            }
        }
        return Set.copyOf(numbers);
    }

    static String digits(String text) {
        return text.replaceAll("\\D", "");
    }

    private static Set<String> read() {
        try (InputStream in = CrisisLineNumbers.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                return Set.of();
            }
            Properties properties = new Properties();
            properties.load(in);
            return of(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the crisis lines of application.properties", e);
        }
    }
}
