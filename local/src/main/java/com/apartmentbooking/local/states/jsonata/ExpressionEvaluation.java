package com.apartmentbooking.local.states.jsonata;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.Variables;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates one JSONata expression in a {@link JsonataScope} with the JSONata library and turns the
 * outcome into JSON or into AWS's {@code States.QueryEvaluationError}.
 *
 * <p>An expression is parsed once per thread ({@link ParsedExpressions}) and its inputs are bound afresh at
 * each evaluation, with the evaluation's own time for {@code $now} and {@code $millis}. The values bound are
 * converted afresh each time because the library rewrites JSON nulls inside the structures it returns.
 */
final class ExpressionEvaluation {
    private static final String STACK_OVERFLOW = "U1001: Stack overflow error: Check for non-terminating"
            + " recursive function.  Consider rewriting as tail-recursive.";

    private static final ParsedExpressions PARSED = new ParsedExpressions(ParsedExpression::new,
            ParsedExpressions.DEFAULT_LIMIT_PER_THREAD);

    private ExpressionEvaluation() {
    }

    static JsonNode evaluate(String expression, JsonataScope scope, String field) {
        return evaluate(PARSED, expression, scope, field);
    }

    static JsonNode evaluate(ParsedExpressions parsed, String expression, JsonataScope scope, String field) {
        JsonataReferences references = JsonataReferences.of(expression);
        Object value = run(parsed, expression, expression, references, scope, field);
        if (value == null) {
            // The library returns Java null both for JSON null and for "undefined"; only the second is
            // an error, and $exists tells them apart. Side effects ($random, $uuid) cannot matter here:
            // the first evaluation produced nothing that would be kept.
            if (!Boolean.TRUE.equals(run(parsed, "$exists((" + expression + "))", expression, references, scope,
                    field))) {
                throw QueryEvaluationErrors.undefined(expression, field);
            }
            return JsonNodeFactory.instance.nullNode();
        }
        return JsonataValues.toJson(value)
                .orElseThrow(() -> QueryEvaluationErrors.unsupportedType(expression, field));
    }

    /** Evaluates {@code text}; errors name {@code expression}, the text the definition holds. */
    private static Object run(ParsedExpressions parsed, String text, String expression, JsonataReferences references,
                              JsonataScope scope, String field) {
        try {
            ParsedExpression compiled = parsed.of(text);
            return compiled.evaluate(bindings(compiled, references, scope));
        } catch (JException e) {
            throw QueryEvaluationErrors.evaluationFailed(expression, field, e.getError() + ": " + e.getMessage());
        } catch (StatesError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw QueryEvaluationErrors.evaluationFailed(expression, field, STACK_OVERFLOW);
        } catch (RuntimeException e) {
            throw QueryEvaluationErrors.evaluationFailed(expression, field, e.getMessage());
        }
    }

    private static Jsonata.Frame bindings(ParsedExpression compiled, JsonataReferences references,
                                          JsonataScope scope) {
        Jsonata.Frame frame = compiled.newBindings();
        frame.bind("states", states(scope));
        Variables variables = scope.variables();
        if (variables != null) {
            for (String name : references.variables()) {
                variables.lookup(name).ifPresent(value -> frame.bind(name, JsonataValues.toJsonata(value)));
            }
        }
        return frame;
    }

    private static Map<String, Object> states(JsonataScope scope) {
        Map<String, Object> states = new LinkedHashMap<>();
        putIfAvailable(states, "input", scope.input());
        putIfAvailable(states, "result", scope.result());
        putIfAvailable(states, "errorOutput", scope.errorOutput());
        putIfAvailable(states, "context", scope.context());
        return states;
    }

    private static void putIfAvailable(Map<String, Object> states, String member, JsonNode value) {
        if (value != null) {
            states.put(member, JsonataValues.toJsonata(value));
        }
    }
}
