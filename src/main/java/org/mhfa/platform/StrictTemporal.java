package org.mhfa.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * A date or time read only from ISO 8601 text (never from a number or an array) and only within a sane range of years,
 * so that a typo cannot make a cohort end in the year 5,881,580.
 */
final class StrictTemporal extends DelegatingDeserializer {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2200;

    StrictTemporal(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new StrictTemporal(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw MismatchedInputException.from(parser, handledType(), "dates and times are ISO 8601 text");
        }
        Object value = super.deserialize(parser, context);
        if (value instanceof TemporalAccessor temporal && !inRange(temporal)) {
            throw InvalidFormatException.from(parser, "year outside " + EARLIEST_YEAR + "-" + LATEST_YEAR, parser.getText(), handledType());
        }
        return value;
    }

    static boolean inRange(TemporalAccessor temporal) {
        TemporalAccessor dated = temporal instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : temporal;
        if (!dated.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = dated.get(ChronoField.YEAR);
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }
}
