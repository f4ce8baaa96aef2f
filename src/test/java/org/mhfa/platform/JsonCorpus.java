package org.mhfa.platform;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import java.util.Set;
import java.util.function.Function;
import org.mhfa.platform.CorpusFixture.Body;

/** The JSON bad-input corpus: bodies that are not the JSON asked for, and each field of a good body spoiled in turn. */
final class JsonCorpus {

    static final int DEPTH = 100_000;

    /** Whole bodies that cannot be read as the object asked for, made from the good body's text. */
    static final List<Entry<String, Function<String, byte[]>>> MALFORMED = List.of(
            entry("truncated", good -> utf8(good.substring(0, good.length() / 2))),
            entry("trailing garbage", good -> utf8(good + " garbage")),
            entry("two JSON values", good -> utf8(good + good)),
            entry("not JSON at all", good -> utf8("this is not JSON")),
            entry("form data instead of JSON", good -> utf8("name=value&other=1")),
            entry("an empty body", good -> new byte[0]),
            entry("null", good -> utf8("null")),
            entry("an empty object", good -> utf8("{}")),
            entry("an array around the object", good -> utf8("[" + good + "]")),
            entry("a string instead of the object", good -> utf8("\"text\"")),
            entry("invalid UTF-8", good -> concat(utf8("{\"text\": \""), new byte[] {(byte) 0xC3, 0x28}, utf8("\"}"))),
            entry("deep nesting: 100,000 arrays", good -> utf8("[".repeat(DEPTH) + "]".repeat(DEPTH))),
            entry("deep nesting: 100,000 objects", good -> utf8("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH))),
            entry("a body over the size limit", good -> oversized(good)));

    /** Values of another type than the field's (a field is never given its own type). */
    static final List<Entry<String, JsonNode>> WRONG_TYPES = List.of(
            entry("a string", TextNode.valueOf("text")),
            entry("a number", IntNode.valueOf(7)),
            entry("an array", JsonNodeFactory.instance.arrayNode().add("text")),
            entry("an object", JsonNodeFactory.instance.objectNode().put("text", "text")),
            entry("a boolean", BooleanNode.TRUE));

    /** A number that names an enum constant by its position: sent to fields with a list of values. */
    static final List<Entry<String, JsonNode>> ENUM_ORDINALS = List.of(entry("an enum ordinal (0)", IntNode.valueOf(0)));

    /** Strings that spell a number or a boolean: sent to number and boolean fields. */
    static final List<Entry<String, JsonNode>> NUMBER_LOOKALIKES = List.of(entry("a number in a string (\"7\")", TextNode.valueOf("7")));
    static final List<Entry<String, JsonNode>> BOOLEAN_LOOKALIKES = List.of(entry("a boolean in a string (\"true\")", TextNode.valueOf("true")));

    /** Strings no field should take: sent to string fields. */
    static final List<Entry<String, JsonNode>> BAD_STRINGS = List.of(
            entry("100,000 characters", TextNode.valueOf("x".repeat(100_000))),
            entry("a NUL character", TextNode.valueOf("before\u0000after")),
            entry("control characters", TextNode.valueOf("a\u0001b\u0007c\u001bd\u007fe")));

    /** Numbers no field holds: sent to number fields. */
    static final List<Entry<String, JsonNode>> HUGE_NUMBERS = List.of(
            entry("1e309", DecimalNode.valueOf(new BigDecimal("1e309"))),
            entry("2^63", BigIntegerNode.valueOf(new BigInteger("9223372036854775808"))),
            entry("-2^63-1", BigIntegerNode.valueOf(new BigInteger("-9223372036854775809"))),
            entry("99999999999999999999", BigIntegerNode.valueOf(new BigInteger("99999999999999999999"))));

    private JsonCorpus() {
    }

    /** The cases for a JSON endpoint, from the shape of its good body and the paths of its required and enum fields. */
    static List<CorpusCase> cases(CorpusFixture.Json template, Set<String> required, Set<String> enums) {
        List<CorpusCase> cases = new ArrayList<>();
        MALFORMED.forEach(malformed -> cases.add(new CorpusCase(malformed.getKey(),
                fixture -> json(malformed.getValue().apply(((CorpusFixture.Json) fixture).valid().toString())))));
        template.valid().fieldNames().forEachRemaining(field -> cases.add(new CorpusCase(field + ": duplicate key",
                fixture -> json(duplicated(((CorpusFixture.Json) fixture).valid(), field)))));
        for (JsonPath field : JsonPath.fields(template.valid(), template.maps())) {
            if (required.contains(field.toString())) {
                cases.add(replaced(field, "missing", null, false));
                cases.add(replaced(field, "null", NullNode.instance, false));
            }
            JsonNodeType type = field.get(template.valid()).getNodeType();
            WRONG_TYPES.stream().filter(wrong -> wrong.getValue().getNodeType() != type)
                    .forEach(wrong -> cases.add(replaced(field, wrong.getKey(), wrong.getValue(), false)));
            boolean entry = type == JsonNodeType.STRING && template.entries().contains(field.toString());
            valuesFor(type).forEach(value -> cases.add(replaced(field, value.getKey(), value.getValue(), entry)));
            if (enums.contains(field.toString())) {
                ENUM_ORDINALS.forEach(ordinal -> cases.add(replaced(field, ordinal.getKey(), ordinal.getValue(), false)));
            }
        }
        return cases;
    }

    private static List<Entry<String, JsonNode>> valuesFor(JsonNodeType type) {
        return switch (type) {
            case STRING -> BAD_STRINGS;
            case NUMBER -> joined(NUMBER_LOOKALIKES, HUGE_NUMBERS);
            case BOOLEAN -> BOOLEAN_LOOKALIKES;
            default -> List.of();
        };
    }

    /** The good body with one field replaced (removed when {@code value} is null); {@code entry}: answered per entry. */
    private static CorpusCase replaced(JsonPath field, String variant, JsonNode value, boolean entry) {
        return new CorpusCase(field + ": " + variant, fixture -> {
            ObjectNode body = ((CorpusFixture.Json) fixture).valid().deepCopy();
            field.set(body, value);
            return json(utf8(body.toString()));
        }, entry);
    }

    /** The good body with its field written twice, the copy first. */
    private static byte[] duplicated(ObjectNode good, String field) {
        String text = good.toString();
        return utf8("{" + TextNode.valueOf(field) + ":" + good.get(field) + "," + text.substring(1));
    }

    /** A good-looking body longer than the configured limit on request bodies. */
    private static byte[] oversized(String good) {
        int padding = (int) CorpusLimits.maxBodySize() + 1024;
        return concat(utf8("{\"padding\":\""), "x".repeat(padding).getBytes(StandardCharsets.US_ASCII), utf8("\"," + good.substring(1)));
    }

    private static Body json(byte[] bytes) {
        return new Body("application/json", bytes);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @SafeVarargs
    private static <T> List<T> joined(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
