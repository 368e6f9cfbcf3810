package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.ClockHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On the runtime's own clock, which is the wall clock until an operator advances it, instances start without the
 * clock agent; the first advance retires them, so the next invocation reads the runtime's time all the same.
 */
class InstanceClockFromTheWallTest {

    /** The instance reads whole milliseconds; allow for that and for the clocks being read a moment apart. */
    private static final Duration TOLERANCE = Duration.ofMillis(5);

    private LambdaRuntime runtime;

    @BeforeEach
    void start() {
        runtime = LambdaRuntime.onWallClock(Store.inMemory(), 1);
        runtime.createFunction("clock", ClockHandler.class, 30);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void theFirstAdvanceIsSeenByTheNextInvocationAndLaterOnesByTheSameInstance() throws Exception {
        JsonNode onTheWall = invokeWithin(Duration.ZERO);

        runtime.advance(Duration.ofDays(5));
        JsonNode advanced = invokeWithin(Duration.ofDays(5));
        runtime.advance(Duration.ofDays(1));
        JsonNode advancedAgain = invokeWithin(Duration.ofDays(6));

        assertNotEquals(instance(onTheWall), instance(advanced),
                "the instance started on the wall clock was retired at the first advance");
        assertEquals(instance(advanced), instance(advancedAgain), "an instance that follows the clock stays warm");
    }

    /** Invokes the function and checks that each of its readings is the wall clock plus {@code lead}. */
    private JsonNode invokeWithin(Duration lead) throws Exception {
        Instant earliest = Instant.now().plus(lead).minus(TOLERANCE);
        JsonNode answer = LambdaRuntime.json(runtime.invoke("clock", "{}"));
        Instant latest = Instant.now().plus(lead).plus(TOLERANCE);
        for (Instant reading : new Instant[] {Instant.parse(answer.path("instantNow").asText()),
                Instant.ofEpochMilli(answer.path("currentTimeMillis").asLong()),
                Instant.ofEpochMilli(answer.path("date").asLong())}) {
            assertTrue(!reading.isBefore(earliest) && !reading.isAfter(latest),
                    "read " + reading + ", expected between " + earliest + " and " + latest + ": " + answer);
        }
        return answer;
    }

    private static String instance(JsonNode answer) {
        return answer.path("instance").asText();
    }
}
