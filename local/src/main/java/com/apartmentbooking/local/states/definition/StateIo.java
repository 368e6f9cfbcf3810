package com.apartmentbooking.local.states.definition;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a state selects its input and shapes its output, in both languages. JSONPath: the paths
 * hold "$" when the definition leaves them out and null when it sets them to null (InputPath and
 * OutputPath null mean the empty object, ResultPath null discards the result). JSONata:
 * {@code arguments} and {@code output} are templates, null when absent. {@code assign} is
 * either language's Assign block, null when absent. Fields a state type does not have are null.
 */
public record StateIo(
        String inputPath,
        JsonNode parameters,
        JsonNode resultSelector,
        String resultPath,
        String outputPath,
        JsonNode arguments,
        JsonNode output,
        JsonNode assign) {

    public static final String ROOT = "$";
}
