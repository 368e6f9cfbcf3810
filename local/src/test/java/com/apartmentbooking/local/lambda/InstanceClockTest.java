package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.AwaitUntilHandler;
import com.apartmentbooking.local.lambda.fixtures.ClockHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A function's code reads the runtime's clock, not the wall clock: {@code Instant.now()},
 * {@code System.currentTimeMillis()}, {@code new Date()}, {@code LocalDateTime.now()} and {@code Clock.systemUTC()}
 * in the handler follow the runtime's advances, while its remaining time stays that of its timeout.
 *
 * <p>The test runtime's clock stands still between advances (and starts months away from the wall clock), so an
 * instance reads the time of the last move plus the real time passed since: each reading is checked against the
 * bounds the test's own wall-clock readings around the move and the invocation give.
 */
class InstanceClockTest {

    private static final int TIMEOUT_SECONDS = 30;
    /** The instance's readings are whole milliseconds; the runtime's lead is kept to the microsecond. */
    private static final Duration ROUNDING = Duration.ofMillis(1);

    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 1);
        runtime.createFunction("clock", ClockHandler.class, TIMEOUT_SECONDS);
        runtime.createFunction("await", AwaitUntilHandler.class, 10);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void afterAnAdvanceOfDaysTheHandlerReadsTheRuntimesTime() throws Exception {
        Move move = advance(Duration.ofDays(40));

        Reading reading = invoke();

        reading.assertOnRuntimeClock(move);
    }

    @Test
    void anAdvanceWhileTheInstanceIsWarmIsSeenByItsNextInvocation() throws Exception {
        Move first = advance(Duration.ofMinutes(1));
        Reading before = invoke();
        before.assertOnRuntimeClock(first);

        Move second = advance(Duration.ofDays(3));
        Reading after = invoke();

        assertEquals(before.answer.path("instance").asText(), after.answer.path("instance").asText(),
                "one instance answered both");
        after.assertOnRuntimeClock(second);
    }

    @Test
    void theRemainingTimeIsTheTimeoutsAfterAnAdvance() throws Exception {
        advance(Duration.ofDays(400));

        long remaining = invoke().answer.path("remainingMillis").asLong();

        assertTrue(remaining > 0 && remaining <= TIMEOUT_SECONDS * 1000L,
                "remaining time within the " + TIMEOUT_SECONDS + " s timeout: " + remaining);
    }

    @Test
    void aWaitUntilADateOnTheRuntimesClockEndsAtThatDate() throws Exception {
        advance(Duration.ofDays(400));

        InvokeResponse response = runtime.invoke("await", "{\"millis\": 300}");

        assertNull(response.functionError(), () -> response.payload().asUtf8String());
        JsonNode answer = LambdaRuntime.json(response);
        assertFalse(answer.path("signalled").asBoolean(), "the deadline passed: " + answer);
        // The date and the park are whole milliseconds: the wait may end a few of them early, never months late.
        assertTrue(answer.path("waitedMillis").asLong() >= 290, "waited until the deadline: " + answer);
    }

    /** A move of the runtime's clock: its time after, and the wall clock just before and after. */
    private record Move(Instant runtimeTime, Instant wallBefore, Instant wallAfter) {
    }

    private record Reading(JsonNode answer, Instant wallBefore, Instant wallAfter) {

        /** Every reading is the moved time plus the real time passed since the move, as far as the bounds tell. */
        void assertOnRuntimeClock(Move move) {
            Instant earliest = move.runtimeTime().plus(Duration.between(move.wallAfter(), wallBefore)).minus(ROUNDING);
            Instant latest = move.runtimeTime().plus(Duration.between(move.wallBefore(), wallAfter)).plus(ROUNDING);
            Map<String, Instant> readings = Map.of(
                    "Instant.now()", Instant.parse(answer.path("instantNow").asText()),
                    "System.currentTimeMillis()", Instant.ofEpochMilli(answer.path("currentTimeMillis").asLong()),
                    "new Date()", Instant.ofEpochMilli(answer.path("date").asLong()),
                    "LocalDateTime.now()", Instant.parse(answer.path("localDateTime").asText()),
                    "Clock.systemUTC()", Instant.ofEpochMilli(answer.path("systemUtcMillis").asLong()));
            readings.forEach((source, time) -> assertTrue(!time.isBefore(earliest) && !time.isAfter(latest),
                    source + " reads " + time + ", not the runtime's time between " + earliest + " and " + latest));
        }
    }

    private static Move advance(Duration duration) {
        Instant wallBefore = Instant.now();
        runtime.advance(duration);
        Instant wallAfter = Instant.now();
        return new Move(runtime.clock.now(), wallBefore, wallAfter);
    }

    private static Reading invoke() throws Exception {
        Instant wallBefore = Instant.now();
        JsonNode answer = LambdaRuntime.json(runtime.invoke("clock", "{}"));
        Instant wallAfter = Instant.now();
        return new Reading(answer, wallBefore, wallAfter);
    }
}
