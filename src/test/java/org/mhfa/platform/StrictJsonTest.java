package org.mhfa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The strict JSON settings without HTTP: what is refused, and the field and message each refusal names. */
class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Item(Colour colour, Integer count, int size, boolean done, String label) {
    }

    record Body(LocalDate on, Instant at, OffsetDateTime when, Double ratio, List<Item> items) {
    }

    private static final ObjectMapper JSON = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    private static Map<String, String> refusal(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Body.class), json);
        return JsonInputErrors.of(e);
    }

    private static void refusedAt(String json, String field, String message) {
        Map<String, String> errors = refusal(json);
        assertEquals(List.of(field), List.copyOf(errors.keySet()), json);
        assertTrue(errors.get(field).contains(message), errors.get(field));
    }

    @Test
    void goodInputIsRead() throws JsonProcessingException {
        Body body = JSON.readValue("{\"on\":\"2026-01-31\",\"at\":\"2026-01-31T09:00:00Z\",\"when\":\"2199-12-31T23:59:59+01:00\","
                + "\"ratio\":1.5,\"items\":[{\"colour\":\"GREEN\",\"count\":3,\"size\":2,\"done\":true,\"label\":\"a\"}]}", Body.class);
        assertEquals(LocalDate.of(2026, 1, 31), body.on());
        assertEquals(Colour.GREEN, body.items().get(0).colour());
        assertEquals(1.5, body.ratio());
    }

    @Test
    void duplicateKeysNameTheFieldWhereverItIs() {
        refusedAt("{\"on\":\"2026-01-31\",\"on\":\"2026-02-01\"}", "on", "more than once");
        refusedAt("{\"items\":[{\"count\":1},{\"count\":1,\"count\":2}]}", "items[1].count", "more than once");
    }

    @Test
    void datesAreTextInRange() {
        refusedAt("{\"on\":2147483647}", "on", "\"2026-01-31\"");
        refusedAt("{\"on\":[2026,1,31]}", "on", "\"2026-01-31\"");
        refusedAt("{\"on\":\"+5881580-07-11\"}", "on", "from 1900 to 2200");
        refusedAt("{\"on\":\"1899-12-31\"}", "on", "from 1900 to 2200");
        refusedAt("{\"at\":1767171600}", "at", "2026-01-31T09:00:00Z");
        refusedAt("{\"at\":\"+99999-01-01T00:00:00Z\"}", "at", "from 1900 to 2200");
        refusedAt("{\"when\":2147483647}", "when", "time zone");
    }

    @Test
    void enumsAreNamesAndNumbersAreNumbers() {
        refusedAt("{\"items\":[{\"colour\":0}]}", "items[0].colour", "RED, GREEN");
        refusedAt("{\"items\":[{\"count\":\"7\"}]}", "items[0].count", "whole number");
        refusedAt("{\"items\":[{\"count\":1.5}]}", "items[0].count", "whole number");
        refusedAt("{\"items\":[{\"size\":\"7\"}]}", "items[0].size", "whole number");
        refusedAt("{\"ratio\":\"1.5\"}", "ratio", "a number");
        refusedAt("{\"items\":[{\"done\":\"true\"}]}", "items[0].done", "true or false");
        refusedAt("{\"items\":[{\"label\":7}]}", "items[0].label", "text");
        refusedAt("{\"items\":[{\"label\":1.5}]}", "items[0].label", "text");
        refusedAt("{\"items\":[{\"label\":true}]}", "items[0].label", "text");
        refusedAt("{\"items\":[{\"done\":1}]}", "items[0].done", "true or false");
        refusedAt("{\"items\":[{\"done\":1.0}]}", "items[0].done", "true or false");
        refusedAt("{\"items\":[{\"label\":\"a\\u0000b\"}]}", "items[0].label", "NUL");
    }

    @Test
    void bodiesThatAreNotJsonNameNoField() {
        assertTrue(refusal("{\"on\":").isEmpty());
        assertTrue(refusal("[1,2]").isEmpty());
        assertTrue(refusal("{\"ratio\":1} {\"ratio\":2}").isEmpty());
    }
}
