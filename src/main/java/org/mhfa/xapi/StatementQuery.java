package org.mhfa.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The filters of a statement query, parsed and checked: statements stored after {@code since}, of one course, of one
 * learner (by pseudonym), at most {@code limit} per page, with a sequence id greater than {@code after}.
 */
public record StatementQuery(Instant since, String course, UUID learner, int limit, long after) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** Parses the raw query parameters; throws {@link InvalidStatementQueryException} naming every bad one. */
    public static StatementQuery parse(String since, String course, String learner, String limit, String after) {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant sinceValue = null;
        if (present(since)) {
            try {
                // a '+' of an offset arrives as a space when the client did not encode it
                sinceValue = OffsetDateTime.parse(since.strip().replace(' ', '+')).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("since", "Give an ISO 8601 timestamp with a time zone, e.g. 2026-01-31T09:00:00Z.");
            }
        }
        String courseValue = null;
        if (present(course)) {
            if (course.length() > 64 || !course.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                errors.put("course", "Give a course id such as community-crisis-support.");
            } else {
                courseValue = course;
            }
        }
        UUID learnerValue = null;
        if (present(learner)) {
            try {
                learnerValue = UUID.fromString(learner.strip());
            } catch (IllegalArgumentException e) {
                errors.put("learner", "Give the learner's pseudonym: the UUID in the statements' actor.account.name.");
            }
        }
        int limitValue = DEFAULT_LIMIT;
        if (present(limit)) {
            try {
                limitValue = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                limitValue = -1;
            }
            if (limitValue < 1 || limitValue > MAX_LIMIT) {
                errors.put("limit", "Give a whole number from 1 to " + MAX_LIMIT + ".");
            }
        }
        long afterValue = 0;
        if (present(after)) {
            try {
                afterValue = Long.parseLong(after.strip());
            } catch (NumberFormatException e) {
                afterValue = -1;
            }
            if (afterValue < 0) {
                errors.put("after", "Use the 'more' link of the previous page.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidStatementQueryException(errors);
        }
        return new StatementQuery(sinceValue, courseValue, learnerValue, limitValue, afterValue);
    }

    /** The address of the page after the one that ended at sequence id {@code last}. */
    public String next(String path, long last) {
        StringBuilder url = new StringBuilder(path).append('?');
        if (since != null) {
            url.append("since=").append(encode(since.toString())).append('&');
        }
        if (course != null) {
            url.append("course=").append(encode(course)).append('&');
        }
        if (learner != null) {
            url.append("learner=").append(learner).append('&');
        }
        return url.append("limit=").append(limit).append("&after=").append(last).toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
