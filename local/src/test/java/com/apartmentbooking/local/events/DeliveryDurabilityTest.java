package com.apartmentbooking.local.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.states.StatesApi;
import com.apartmentbooking.local.states.StatesException;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event PutEvents acknowledged is delivered even when the runtime stops before its target took it: the
 * pending delivery is on disk, and the next start on the same data directory delivers it.
 */
class DeliveryDurabilityTest {

    private static final String STATE_MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:Booking";

    @TempDir
    Path dataDir;

    private EventsRuntime open(StatesApi stepFunctions, ControllableClock clock) {
        return new EventsRuntime(Store.open(dataDir), clock, stepFunctions);
    }

    private static void acceptOneEvent(EventsRuntime runtime) {
        runtime.eventBridge().putRule(r -> r.name("bookings").eventPattern("{\"source\":[\"booking\"]}"));
        runtime.eventBridge().putTargets(r -> r.rule("bookings").targets(t -> t.id("t").arn(STATE_MACHINE).inputPath("$.detail")));
        var response = runtime.eventBridge().putEvents(r -> r.entries(e -> e.source("booking").detailType("Requested")
                .detail("{\"id\":\"b-7\"}")));
        assertEquals(0, response.failedEntryCount());
    }

    @Test
    void aDeliveryWaitingToBeRetriedIsDeliveredAfterARestart() {
        StepFunctionsDouble failing = new StepFunctionsDouble();
        failing.failWith(new StatesException(503, "ServiceUnavailable", "Unavailable"));
        try (EventsRuntime runtime = open(failing, new ControllableClock(EventsRuntime.START))) {
            acceptOneEvent(runtime);
            runtime.clock().advance(Duration.ZERO);
            assertEquals(1, failing.calls());
        }

        StepFunctionsDouble working = new StepFunctionsDouble();
        try (EventsRuntime runtime = open(working, new ControllableClock(EventsRuntime.START.plusSeconds(30)))) {
            runtime.clock().advance(Duration.ZERO);
            assertEquals(1, working.started().size());
            assertEquals("{\"id\":\"b-7\"}", working.started().get(0).get("input").asText());
            runtime.clock().advance(Duration.ofHours(2));
            assertEquals(1, working.started().size(), "delivered once");
        }
        try (EventsRuntime runtime = open(working, new ControllableClock(EventsRuntime.START.plusSeconds(60)))) {
            runtime.clock().advance(Duration.ofHours(1));
            assertEquals(1, working.started().size(), "nothing left to deliver after the delivery");
        }
    }

    @Test
    void aDeliveryInterruptedByAStopIsDeliveredAfterARestart() throws Exception {
        UnansweringStepFunctions blocking = new UnansweringStepFunctions();
        try (EventsRuntime runtime = open(blocking, new ControllableClock(EventsRuntime.START))) {
            acceptOneEvent(runtime);
            assertTrue(blocking.called.await(30, TimeUnit.SECONDS), "the delivery reached the target");
        }

        StepFunctionsDouble working = new StepFunctionsDouble();
        try (EventsRuntime runtime = open(working, new ControllableClock(EventsRuntime.START))) {
            runtime.clock().advance(Duration.ZERO);
            assertEquals(1, working.started().size());
            assertEquals(STATE_MACHINE, working.started().get(0).get("stateMachineArn").asText());
        }
    }
}
