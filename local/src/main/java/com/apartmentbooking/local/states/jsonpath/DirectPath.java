package com.apartmentbooking.local.states.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The common shape of a path, plain names and indexes ({@code $.order.items[0].id}), walked
 * straight through the tree. Going through the JSONPath library costs about ten times more, which
 * matters on every state transition. Only a walk that finds its node is answered here; anything
 * else is left to the library, so results and failure texts stay the library's.
 */
final class DirectPath {
    private final Object[] steps;

    private DirectPath(Object[] steps) {
        this.steps = steps;
    }

    /** The direct form of a {@code $}-rooted path, or empty when it uses anything beyond {@code .name} and {@code [n]}. */
    static Optional<DirectPath> of(String rooted) {
        List<Object> steps = new ArrayList<>();
        int i = 1;
        while (i < rooted.length()) {
            char c = rooted.charAt(i);
            int start = i + 1;
            int end = start;
            if (c == '.') {
                while (end < rooted.length() && isNameCharacter(rooted.charAt(end))) {
                    end++;
                }
                if (end == start) {
                    return Optional.empty();
                }
                steps.add(rooted.substring(start, end));
                i = end;
            } else if (c == '[') {
                while (end < rooted.length() && Character.isDigit(rooted.charAt(end))) {
                    end++;
                }
                if (end == start || end - start > 9 || end >= rooted.length() || rooted.charAt(end) != ']') {
                    return Optional.empty();
                }
                steps.add(Integer.parseInt(rooted.substring(start, end)));
                i = end + 1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new DirectPath(steps.toArray()));
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    /** The node the path names, or null when the walk does not simply arrive at one. */
    JsonNode walk(JsonNode document) {
        JsonNode node = document;
        for (Object step : steps) {
            if (step instanceof String name) {
                node = node.isObject() ? node.get(name) : null;
            } else {
                node = node.isArray() ? node.get((Integer) step) : null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
