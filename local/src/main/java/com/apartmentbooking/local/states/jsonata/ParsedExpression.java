package com.apartmentbooking.local.states.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.Jsonata;
import java.util.List;

/**
 * One JSONata expression parsed for one thread, with the functions Step Functions adds registered once. It is
 * evaluated many times, one evaluation at a time, each with its own bindings.
 *
 * <p>It also carries its own {@code $now([picture [, timezone]])} and {@code $millis()}: every call within an
 * evaluation answers the moment that evaluation began. The library's own versions read the time kept by the
 * instance last built on the thread, which is another expression's, and stale, once parsed expressions are reused.
 */
final class ParsedExpression {
    private final Jsonata compiled;
    private long evaluationStart;

    /** Parses {@code text}; throws the library's JException when it is not an expression. */
    ParsedExpression(String text) {
        compiled = Jsonata.jsonata(text);
        StatesJsonataFunctions.registerOn(compiled);
        compiled.registerFunction("now", Jsonata.function("now",
                (Jsonata.FnVarArgs<Object>) arguments -> Functions.dateTimeFromMillis(evaluationStart,
                        (String) argument(arguments, 0), (String) argument(arguments, 1)), "<s?s?:s>"));
        compiled.registerFunction("millis", Jsonata.function("millis",
                (Jsonata.Fn0<Object>) () -> evaluationStart, "<:n>"));
    }

    /** A frame for one evaluation's bindings; they hide the registered functions of the same name. */
    Jsonata.Frame newBindings() {
        return compiled.createFrame();
    }

    Object evaluate(Jsonata.Frame bindings) {
        evaluationStart = System.currentTimeMillis();
        return compiled.evaluate(null, bindings);
    }

    private static Object argument(List<?> arguments, int index) {
        return index < arguments.size() ? arguments.get(index) : null;
    }
}
