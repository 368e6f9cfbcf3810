package com.apartmentbooking.local.states.jsonpath;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

/**
 * Runs Jayway JsonPath, the library AWS's JSONPath support is built on, directly over Jackson
 * trees, so grammar, filter semantics and failure texts are the ones AWS shows.
 */
final class JaywayReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Jayway compiles a path recursing once per step, and overflows a thread's stack at about 1,500 steps. AWS
     * publishes no bound; a path that reads data has a handful of steps.
     */
    static final int MAX_STEPS = 500;
    // No options: with Jayway's defaults a definite path that finds nothing throws
    // "No results for path: $['x']", the text AWS puts in its causes.
    private static final Configuration CONFIGURATION = Configuration.builder()
            .jsonProvider(new BoundedArrayProvider())
            .mappingProvider(new JacksonMappingProvider(Json.DATA))
            .build();

    private JaywayReader() {
    }

    /**
     * Jackson's tree provider answers an index past the end of an array with null, so
     * {@code $.a[5]} on {@code [1]} would select null. Jayway's list-based providers throw there,
     * which Jayway turns into "no match" like any other missing node; this provider does the same.
     */
    private static final class BoundedArrayProvider extends JacksonJsonNodeJsonProvider {

        BoundedArrayProvider() {
            super(Json.DATA);
        }

        @Override
        public Object getArrayIndex(Object array, int index) {
            if (index < 0 || index >= length(array)) {
                throw new IndexOutOfBoundsException(index);
            }
            return super.getArrayIndex(array, index);
        }
    }

    /**
     * Compiles a path starting with {@code $}; a malformed one is an IllegalArgumentException, and so is one of more
     * than {@link #MAX_STEPS} steps.
     */
    static JsonPath compile(String path) {
        // Every step starts with '.' or '[' (a filter's own dots only count more), so this bounds the steps.
        if (path.chars().filter(c -> c == '.' || c == '[').count() > MAX_STEPS) {
            throw new IllegalArgumentException("Path has more than " + MAX_STEPS + " steps: "
                    + path.substring(0, 40) + "...");
        }
        try {
            return JsonPath.compile(path);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Reads {@code path} in {@code document}. A definite path that matches nothing fails; an
     * indefinite one gives an empty array, as AWS gives {@code []} for {@code $.items[*]} when
     * there are no items (even when {@code items} itself is missing).
     */
    static JsonNode read(JsonPath path, JsonNode document) {
        try {
            return toNode(path.read(document, CONFIGURATION));
        } catch (JsonPathException e) {
            if (path.isDefinite()) {
                // Jayway names the provider class in type-mismatch texts; the subclass above is an
                // implementation detail, so the text names the Jackson provider it extends.
                throw new NoMatchException(e.getMessage().replace(BoundedArrayProvider.class.getName(),
                        JacksonJsonNodeJsonProvider.class.getName()), document);
            }
            return NODES.arrayNode();
        }
    }

    // The Jackson provider hands leaf values back unwrapped into Java values (String, Integer,
    // Double, ..., null); they are wrapped again so every caller sees a JsonNode.
    private static JsonNode toNode(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        return value == null ? NODES.nullNode() : Json.DATA.valueToTree(value);
    }
}
