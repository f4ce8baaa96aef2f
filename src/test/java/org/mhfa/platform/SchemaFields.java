package org.mhfa.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fields of a request body's schema in the OpenAPI description, named as the corpus names them
 * ({@code marks[0].status}): all, the required ones and those with a list of values (enums); a free-form body
 * ({@code JsonNode}) has none.
 */
record SchemaFields(Set<String> properties, Set<String> required, Set<String> enums) {

    static SchemaFields of(JsonNode schema, JsonNode openApi) {
        SchemaFields fields = new SchemaFields(new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        fields.collect(schema, openApi, "");
        return fields;
    }

    private void collect(JsonNode schema, JsonNode openApi, String at) {
        JsonNode resolved = resolve(schema, openApi);
        if ("array".equals(resolved.path("type").asText())) {
            collect(resolved.path("items"), openApi, at + "[0]");
            return;
        }
        resolved.path("required").forEach(name -> required.add(join(at, name.asText())));
        resolved.path("properties").fields().forEachRemaining(property -> {
            String path = join(at, property.getKey());
            properties.add(path);
            if (resolve(property.getValue(), openApi).has("enum")) {
                enums.add(path);
            }
            collect(property.getValue(), openApi, path);
        });
    }

    private static JsonNode resolve(JsonNode schema, JsonNode openApi) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String name = resolved.get("$ref").asText().substring("#/components/schemas/".length());
            if (name.equals("JsonNode")) {
                return MissingNode.getInstance();
            }
            resolved = openApi.path("components").path("schemas").path(name);
        }
        return resolved;
    }

    private static String join(String at, String name) {
        return at.isEmpty() ? name : at + "." + name;
    }

    /** Fails unless the good body has a value for every field of the schema, so that each is varied. */
    void assertCoveredBy(CorpusFixture.Json fixture) {
        Set<String> present = JsonPath.fields(fixture.valid(), fixture.maps()).stream().map(JsonPath::toString).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(properties);
        missing.removeAll(present);
        assertEquals(Set.of(), missing, "the good body lacks these fields of the schema; give each a good value in CorpusFixtures");
    }
}
