package org.mhfa.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON kept in a text column, put into an export as JSON (or as the text itself when it does not parse). */
public final class StoredJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredJson() {
    }

    public static Object of(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(stored);
            return node == null ? stored : node;
        } catch (JsonProcessingException e) {
            return stored;
        }
    }
}
