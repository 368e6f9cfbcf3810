package com.apartmentbooking.local.states.jsonata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * JSONata expressions parsed once and kept, per thread, by their text: an expression of a definition is
 * parsed the first time a thread evaluates it, not at every evaluation.
 *
 * <p>Per thread because the library keeps evaluation state in its instances (and in the instance last
 * built on the thread), and {@link ParsedExpression} keeps its evaluation's time: one must not be evaluated
 * by two threads at once. Each thread keeps
 * its most recently used expressions up to a bound, so definitions that come and go cannot fill memory.
 */
final class ParsedExpressions {
    static final int DEFAULT_LIMIT_PER_THREAD = 1_000;

    private final Function<String, ParsedExpression> parser;
    private final ThreadLocal<Map<String, ParsedExpression>> parsed;

    ParsedExpressions(Function<String, ParsedExpression> parser, int limitPerThread) {
        this.parser = parser;
        this.parsed = ThreadLocal.withInitial(() -> new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ParsedExpression> eldest) {
                return size() > limitPerThread;
            }
        });
    }

    /** The parsed form of {@code text} for this thread; parse errors are thrown as the parser throws them. */
    ParsedExpression of(String text) {
        Map<String, ParsedExpression> expressions = parsed.get();
        ParsedExpression expression = expressions.get(text);
        if (expression == null) {
            expression = parser.apply(text);
            expressions.put(text, expression);
        }
        return expression;
    }
}
