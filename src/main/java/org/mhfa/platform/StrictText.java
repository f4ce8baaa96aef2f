package org.mhfa.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/** Text without NUL characters, which no column can store and no person types. */
final class StrictText extends DelegatingDeserializer {

    StrictText(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new StrictText(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Object value = super.deserialize(parser, context);
        if (value instanceof String text && text.indexOf('\0') >= 0) {
            throw InvalidFormatException.from(parser, "text contains NUL", text, String.class);
        }
        return value;
    }
}
