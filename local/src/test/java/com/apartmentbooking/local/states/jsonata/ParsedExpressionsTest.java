package com.apartmentbooking.local.states.jsonata;

import static com.apartmentbooking.local.states.jsonata.JsonataTemplatesTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.jsonpath.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedExpressionsTest {
    private static final String EXPRESSION = "$states.input.price * $quantity";

    /** Counts the parses of each expression text. */
    private static final class CountingParser {
        final Map<String, AtomicInteger> parses = new ConcurrentHashMap<>();

        ParsedExpression parse(String text) {
            parses.computeIfAbsent(text, key -> new AtomicInteger()).incrementAndGet();
            return new ParsedExpression(text);
        }
    }

    private static JsonataScope scope(int price, int quantity) {
        Variables variables = name -> "quantity".equals(name) ? Optional.of(json(Integer.toString(quantity)))
                : Optional.empty();
        return JsonataScope.of(json("{\"price\": " + price + "}"), null, variables);
    }

    @Test
    void anExpressionEvaluatedManyTimesIsParsedOnceAndSeesEachEvaluationsValues() {
        CountingParser parser = new CountingParser();
        ParsedExpressions parsed = new ParsedExpressions(parser::parse, ParsedExpressions.DEFAULT_LIMIT_PER_THREAD);

        for (int i = 1; i <= 50; i++) {
            JsonNode value = ExpressionEvaluation.evaluate(parsed, EXPRESSION, scope(i, 3), "Output");
            assertEquals(3 * i, value.intValue());
        }

        assertEquals(1, parser.parses.get(EXPRESSION).get());
    }

    @Test
    void anUndefinedResultIsStillAnErrorWhenItsExpressionIsReused() {
        CountingParser parser = new CountingParser();
        ParsedExpressions parsed = new ParsedExpressions(parser::parse, ParsedExpressions.DEFAULT_LIMIT_PER_THREAD);
        JsonataScope scope = JsonataScope.of(json("{\"a\": null}"), null, null);

        for (int i = 0; i < 3; i++) {
            assertTrue(ExpressionEvaluation.evaluate(parsed, "$states.input.a", scope, "Output").isNull());
            assertEquals("States.QueryEvaluationError", assertThrows(StatesError.class,
                    () -> ExpressionEvaluation.evaluate(parsed, "$states.input.b", scope, "Output")).error());
        }

        assertEquals(1, parser.parses.get("$states.input.a").get());
        assertEquals(1, parser.parses.get("$exists(($states.input.b))").get());
    }

    @Test
    void eachThreadParsesAnExpressionOnceAndConcurrentEvaluationsKeepTheirOwnValues() throws Exception {
        CountingParser parser = new CountingParser();
        ParsedExpressions parsed = new ParsedExpressions(parser::parse, ParsedExpressions.DEFAULT_LIMIT_PER_THREAD);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int quantity = t + 1;
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int price = 0; price < 500; price++) {
                        JsonNode value = ExpressionEvaluation.evaluate(parsed, EXPRESSION, scope(price, quantity),
                                "Output");
                        assertEquals(price * quantity, value.intValue());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertTrue(parser.parses.get(EXPRESSION).get() <= threads);
    }

    @Test
    void aThreadKeepsItsMostRecentlyUsedExpressionsUpToTheBound() {
        CountingParser parser = new CountingParser();
        ParsedExpressions parsed = new ParsedExpressions(parser::parse, 2);
        JsonataScope scope = JsonataScope.of(json("{}"), null, null);

        ExpressionEvaluation.evaluate(parsed, "1", scope, null);
        ExpressionEvaluation.evaluate(parsed, "2", scope, null);
        ExpressionEvaluation.evaluate(parsed, "1", scope, null);
        ExpressionEvaluation.evaluate(parsed, "3", scope, null);
        ExpressionEvaluation.evaluate(parsed, "1", scope, null);
        ExpressionEvaluation.evaluate(parsed, "2", scope, null);

        assertEquals(1, parser.parses.get("1").get());
        assertEquals(2, parser.parses.get("2").get());
    }

    @Test
    void nowAndMillisAreTheTimeOfTheirOwnEvaluationWhenExpressionsAreReused() throws Exception {
        JsonataScope scope = JsonataScope.of(json("{}"), null, null);
        JsonataTemplates.evaluateExpression("$millis()", scope);
        Thread.sleep(20);
        // Another expression parsed on this thread since: the reused one must not read its time.
        JsonataTemplates.evaluateExpression("$millis() + 0", scope);
        Thread.sleep(20);

        long before = System.currentTimeMillis();
        long millis = JsonataTemplates.evaluateExpression("$millis()", scope).longValue();
        String now = JsonataTemplates.evaluateExpression("$now()", scope).textValue();
        long after = System.currentTimeMillis();

        assertTrue(millis >= before && millis <= after, millis + " not in [" + before + ", " + after + "]");
        long nowMillis = Instant.parse(now).toEpochMilli();
        assertTrue(nowMillis >= before && nowMillis <= after, now + " not in [" + before + ", " + after + "]");
        JsonNode same = JsonataTemplates.evaluateExpression("[$millis(), $millis(), $now('[Y0001]', '+0000')]",
                scope);
        assertEquals(same.get(0), same.get(1));
        assertEquals(Integer.toString(Year.now(ZoneOffset.UTC).getValue()),
                same.get(2).textValue());
    }
}
