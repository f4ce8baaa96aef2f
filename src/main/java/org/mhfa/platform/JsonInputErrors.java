package org.mhfa.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The field a JSON body went wrong at ({@code capacity}, {@code marks[0].status}) and a plain message for it, in our own
 * words: Jackson's messages name Java types and are never shown.
 */
final class JsonInputErrors {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);

    private JsonInputErrors() {
    }

    /** One entry, field to message, or none when the body is not JSON at all (then there is no field to name). */
    static Map<String, String> of(JsonProcessingException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            errors.put(duplicateField(e, duplicate.group(1)), "This field appears more than once; send it once.");
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty() && mismatch.getTargetType() != null) {
            errors.put(path(mismatch), message(mismatch.getTargetType()));
        }
        return errors;
    }

    /** The duplicate's path: where its object sits (from the reference chain or the parser's contexts) and its name. */
    private static String duplicateField(JsonProcessingException e, String name) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return path(mapping) + "." + name;
        }
        JsonParser parser = e instanceof StreamReadException read ? read.getProcessor() : null;
        if (parser != null && parser.getParsingContext() != null) {
            String where = path(parser.getParsingContext().getParent());
            return where.isEmpty() ? name : where + "." + name;
        }
        return name;
    }

    /** The dotted path of a parsing context: {@code marks[0]} for the first element of the array {@code marks}. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                path.insert(0, "[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                path.insert(0, "." + at.getCurrentName());
            }
        }
        return path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String message(Class<?> type) {
        if (type.isEnum()) {
            return "Choose one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                    + " (as text).";
        }
        if (type == LocalDate.class) {
            return "Give a date from " + StrictTemporal.EARLIEST_YEAR + " to " + StrictTemporal.LATEST_YEAR
                    + " as text, such as \"2026-01-31\".";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "Give a date and time from " + StrictTemporal.EARLIEST_YEAR + " to " + StrictTemporal.LATEST_YEAR
                    + " as text with its time zone, such as \"2026-01-31T09:00:00Z\".";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "Give the value as ISO 8601 text, within the years " + StrictTemporal.EARLIEST_YEAR + " to "
                    + StrictTemporal.LATEST_YEAR + ".";
        }
        return plainMessage(type);
    }

    private static String plainMessage(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "Give a whole number, without quotes.";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "Give a number, without quotes.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Give true or false, without quotes.";
        }
        if (type == String.class) {
            return "Give text in quotes, without control characters such as NUL.";
        }
        return "This value does not have the expected form.";
    }
}
