package com.apartmentbooking.local.states.jsonpath;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;

/**
 * JSONPath reads as the JSONPath query language's fields use them: InputPath, OutputPath,
 * ItemsPath, the {@code *Path} fields and Choice variables. Failures carry AWS's cause text
 * without the "An error occurred while executing the state ..." prefix, which the engine adds.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /**
     * The value {@code path} selects ({@code $...}, {@code $$...} or {@code $name...}). A path that
     * selects nothing fails with States.Runtime and AWS's OutputPath wording:
     * {@code Invalid path '$.x' : No results for path: $['x']}.
     */
    public static JsonNode read(String path, PathContext context) {
        try {
            return PathExpression.of(path).select(context);
        } catch (NoMatchException e) {
            throw new StatesError(StatesError.RUNTIME, "Invalid path '" + path + "' : " + e.detail());
        }
    }

    /** The value {@code path} selects, or empty when it selects nothing (Choice's IsPresent). */
    public static Optional<JsonNode> find(String path, PathContext context) {
        try {
            return Optional.of(PathExpression.of(path).select(context));
        } catch (NoMatchException e) {
            return Optional.empty();
        }
    }

    /**
     * A field such as CausePath, SecondsPath or MaxConcurrencyPath read from its path. Nothing
     * selected fails with States.Runtime and AWS's text naming the field:
     * {@code The JSONPath '$.x' specified for the field 'CausePath' could not be found in the input '{...}'}.
     */
    public static JsonNode readField(String path, PathContext context, String fieldName) {
        try {
            return PathExpression.of(path).select(context);
        } catch (NoMatchException e) {
            throw fieldNotFound(path, fieldName, e.document());
        }
    }

    static StatesError fieldNotFound(String path, String fieldName, JsonNode document) {
        return new StatesError(StatesError.RUNTIME, "The JSONPath '" + path + "' specified for the field '"
                + fieldName + "' could not be found in the input '" + document + "'");
    }

    /** InputPath/OutputPath/ItemsPath semantics on a bare input, for paths that use no {@code $$} or variables. */
    public static JsonNode apply(String path, JsonNode input) {
        return apply(path, PathContext.of(input));
    }

    /**
     * InputPath/OutputPath/ItemsPath semantics: {@code "$"} keeps the input, a null path (JSON
     * {@code null} in the definition) gives an empty object as the ASL specification says, any
     * other path selects from the input, context object or a variable.
     */
    public static JsonNode apply(String path, PathContext context) {
        if (path == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        return read(path, context);
    }

    /**
     * The same as {@link #apply(String, PathContext)} taken straight from the definition's field,
     * so that an absent field (Java null or a missing node: the input passes through) differs from
     * a field set to JSON {@code null} (an empty object).
     */
    public static JsonNode applyField(JsonNode pathField, PathContext context) {
        if (pathField == null || pathField.isMissingNode()) {
            return context.input();
        }
        if (pathField.isNull()) {
            return apply((String) null, context);
        }
        if (!pathField.isTextual()) {
            throw new IllegalArgumentException("A path field must be a string or null: " + pathField);
        }
        return apply(pathField.textValue(), context);
    }

    /** Checks that {@code path} is a JSONPath this engine can run; throws IllegalArgumentException with the reason otherwise. */
    public static void checkSyntax(String path) {
        PathExpression.of(path);
    }
}
