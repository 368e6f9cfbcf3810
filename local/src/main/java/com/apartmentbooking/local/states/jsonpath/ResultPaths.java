package com.apartmentbooking.local.states.jsonpath;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** ResultPath: where a state's result goes in its output. */
public final class ResultPaths {

    private ResultPaths() {
    }

    /**
     * The state output for {@code result} under {@code resultPath}: {@code "$"} replaces the
     * input, a null path (JSON {@code null} in the definition) discards the result and keeps the
     * input, any other reference path writes the result into a copy of the input, creating the
     * objects it names on the way. A path that runs into a value it cannot write through (a
     * string, a number, an index past the end) fails with States.ResultPathMatchFailure.
     *
     * <p>The copy shares every subtree the path does not walk through: nodes are immutable by
     * convention in the engine, so only the nodes on the path need new instances.
     */
    public static JsonNode merge(String resultPath, JsonNode stateInput, JsonNode result) {
        if (resultPath == null) {
            return stateInput;
        }
        ReferencePath path = ReferencePath.of(resultPath);
        List<ReferencePath.Segment> segments = path.segments();
        if (segments.isEmpty()) {
            return result;
        }
        JsonNode written = write(stateInput, segments, 0, result);
        if (written == null) {
            throw new StatesError(StatesError.RESULT_PATH_MATCH_FAILURE,
                    "Unable to apply ReferencePath " + resultPath + " to input " + stateInput);
        }
        return written;
    }

    // The copy of `node` with `value` at segments[from..]; null when the path cannot be written.
    private static JsonNode write(JsonNode node, List<ReferencePath.Segment> segments, int from, JsonNode value) {
        ReferencePath.Segment segment = segments.get(from);
        boolean last = from == segments.size() - 1;
        if (segment.isField()) {
            if (!node.isObject()) {
                return null;
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            copy.setAll((ObjectNode) node);
            JsonNode child = node.get(segment.name());
            JsonNode newChild = last ? value : write(absentToObject(child), segments, from + 1, value);
            if (newChild == null) {
                return null;
            }
            copy.set(segment.name(), newChild);
            return copy;
        }
        if (!node.isArray() || segment.index() >= node.size()) {
            return null;
        }
        ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size()).addAll((ArrayNode) node);
        JsonNode newChild = last ? value : write(node.get(segment.index()), segments, from + 1, value);
        if (newChild == null) {
            return null;
        }
        copy.set(segment.index(), newChild);
        return copy;
    }

    // A missing or null field on the way is created as an empty object, as AWS does for
    // "ResultPath": "$.a.b" on an input without "a".
    private static JsonNode absentToObject(JsonNode child) {
        return child == null || child.isNull() ? JsonNodeFactory.instance.objectNode() : child;
    }
}
