package org.mhfa.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.temporal.Temporal;
import java.util.List;

/**
 * Reads JSON bodies strictly, so that a client's mistake is a 400 naming the field rather than a guess or a 500: one
 * JSON value and nothing after it, a key given twice, a number where a date belongs, an enum by its position, {@code "7"} for a number or {@code 1.5} for a
 * whole number, {@code 7} for text and {@code "true"} or {@code 1} for yes/no are all refused; dates and times are ISO 8601 text within {@link StrictTemporal#EARLIEST_YEAR} to
 * {@link StrictTemporal#LATEST_YEAR}; text may not contain NUL. {@code PlatformExceptionMappers} names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** The strict settings, on any mapper (tests use it on a plain one). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("mhfa-strict-input");
        module.setDeserializerModifier(new StrictValues());
        mapper.registerModule(module);
        return mapper;
    }

    /** Wraps the deserializers of dates, times and text with the checks Jackson has no switch for. */
    private static final class StrictValues extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (Temporal.class.isAssignableFrom(type)) {
                return new StrictTemporal(deserializer);
            }
            if (type == String.class) {
                return new StrictText(deserializer);
            }
            return deserializer;
        }
    }
}
