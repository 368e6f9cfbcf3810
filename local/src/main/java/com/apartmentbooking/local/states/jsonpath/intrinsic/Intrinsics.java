package com.apartmentbooking.local.states.jsonpath.intrinsic;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.PathContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Intrinsic function calls ({@code States.Format('{}', $.a)} and the 17 others) as the JSONPath
 * query language's {@code .$} fields and ErrorPath/CausePath write them.
 */
public final class Intrinsics {
    // Expressions come from definitions, so the set is small and stable; the bound only protects
    // against a caller that builds expressions from data.
    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, FunctionCall> CACHE = new ConcurrentHashMap<>();

    private Intrinsics() {
    }

    /**
     * The value of {@code expression} read against {@code context}. Any failure is States.Runtime
     * with AWS's text, e.g. {@code The function 'States.Format('{}', $.nope)' had the following
     * error: The JsonPath argument for the field '$.nope' could not be found in the input '{"other":1}'}
     * or {@code The function 'States.MathAdd($.a, 1)' had the following error: Invalid arguments in States.MathAdd}.
     */
    public static JsonNode evaluate(String expression, PathContext context) {
        try {
            return parse(expression).evaluate(context);
        } catch (IntrinsicFailure | IntrinsicSyntaxException e) {
            throw new StatesError(StatesError.RUNTIME,
                    "The function '" + expression + "' had the following error: " + e.getMessage());
        }
    }

    /**
     * Checks that {@code expression} is a well-formed call of known functions with valid path
     * arguments, as a definition validator needs; throws {@link IntrinsicSyntaxException} otherwise.
     * Argument counts and types are checked when the call runs, as on AWS.
     */
    public static void checkSyntax(String expression) {
        parse(expression);
    }

    private static FunctionCall parse(String expression) {
        FunctionCall cached = CACHE.get(expression);
        if (cached != null) {
            return cached;
        }
        FunctionCall parsed = IntrinsicParser.parse(expression);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(expression, parsed);
        return parsed;
    }
}
