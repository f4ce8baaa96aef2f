package org.mhfa.catalogue.exchange;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives imported questions ids that follow the content id rules ({@code [a-z][a-z0-9-]{0,62}}): the slug of the
 * question's title, or {@code q<position>} without one, with {@code -2}, {@code -3} … added to keep them unique.
 */
final class QuestionIds {

    private static final int MAX_LENGTH = 63;

    private final Set<String> used = new HashSet<>();

    /** The id of the question at this 1-based position in its file, from its title (null when it has none). */
    String assign(String title, int position) {
        String base = title == null ? "" : slug(title);
        if (base.isEmpty()) {
            base = "q" + position;
        }
        String id = base;
        for (int suffix = 2; !used.add(id); suffix++) {
            String tail = "-" + suffix;
            id = trimHyphens(base.substring(0, Math.min(base.length(), MAX_LENGTH - tail.length()))) + tail;
        }
        return id;
    }

    /** Lowercase ASCII letters and digits, with a hyphen for every run of anything else; starts with a letter. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = trimHyphens(ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (!slug.isEmpty() && !Character.isLetter(slug.charAt(0))) {
            slug = "q-" + slug;
        }
        return trimHyphens(slug.substring(0, Math.min(slug.length(), MAX_LENGTH)));
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
