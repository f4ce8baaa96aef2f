package org.mhfa.platform;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a field sits in a JSON body: property names, array indices (the first element stands for all), or the first
 * entry of an object keyed by data (such as question ids). Written like {@code marks[0].status}.
 */
final class JsonPath {

    /** The step to the first entry of an object keyed by data, whatever its key is in the live body. */
    private static final String FIRST = "<first entry>";

    private final List<Object> steps;

    private JsonPath(List<Object> steps) {
        this.steps = steps;
    }

    /** Every field of the body, containers before what they hold; {@code maps} names the objects keyed by data. */
    static List<JsonPath> fields(ObjectNode body, Set<String> maps) {
        List<JsonPath> fields = new ArrayList<>();
        collect(body, new JsonPath(List.of()), maps, fields);
        return fields;
    }

    private static void collect(JsonNode node, JsonPath at, Set<String> maps, List<JsonPath> into) {
        List<Map.Entry<Object, JsonNode>> children = new ArrayList<>();
        if (node.isObject() && maps.contains(at.toString())) {
            if (node.size() > 0) {
                children.add(entry(FIRST, node.elements().next()));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> children.add(entry(field.getKey(), field.getValue())));
        } else if (node.isArray() && node.size() > 0) {
            children.add(entry(0, node.get(0)));
        }
        for (Map.Entry<Object, JsonNode> child : children) {
            List<Object> steps = new ArrayList<>(at.steps);
            steps.add(child.getKey());
            JsonPath path = new JsonPath(List.copyOf(steps));
            into.add(path);
            collect(child.getValue(), path, maps, into);
        }
    }

    /** The value at this path in a body. */
    JsonNode get(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            node = child(node, step);
        }
        return node;
    }

    /** Puts a value at this path, or removes the field when {@code value} is null. */
    void set(ObjectNode root, JsonNode value) {
        JsonNode parent = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            parent = child(parent, step);
        }
        Object last = steps.get(steps.size() - 1);
        if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, value);
            }
            return;
        }
        ObjectNode object = (ObjectNode) parent;
        String name = FIRST.equals(last) ? object.fieldNames().next() : (String) last;
        if (value == null) {
            object.remove(name);
        } else {
            object.set(name, value);
        }
    }

    private static JsonNode child(JsonNode node, Object step) {
        if (FIRST.equals(step)) {
            return node.elements().next();
        }
        return step instanceof Integer index ? node.get(index) : node.get((String) step);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step);
            }
        }
        return text.toString();
    }
}
