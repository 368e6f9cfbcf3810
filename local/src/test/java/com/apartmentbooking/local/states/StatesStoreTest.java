package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.states.engine.ExecutionStatus;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.history.HistoryEvent;
import com.apartmentbooking.local.states.engine.store.ExecutionCheckpoint;
import com.apartmentbooking.local.states.engine.store.ExecutionRecord;
import com.apartmentbooking.local.states.engine.store.StoredExecution;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Step Functions keeps reads back exactly as it was written, from a reopened store. */
class StatesStoreTest {

    private static final String MACHINE_ARN = "arn:aws:states:us-east-1:000000000000:stateMachine:Booking";
    private static final String EXECUTION_ARN = "arn:aws:states:us-east-1:000000000000:execution:Booking:one";
    private static final Instant STARTED = Instant.parse("2026-01-01T10:00:00.123456789Z");

    @TempDir
    Path dir;

    @Test
    void aMachineReadsBackWithAndWithoutAnUpdate() {
        StateMachine created = new StateMachine("Booking", MACHINE_ARN, "{\"StartAt\":\"Done\"}", "arn:aws:iam::0:role/r",
                StateMachineType.STANDARD, STARTED, null, null);
        try (Store store = Store.open(dir)) {
            new StatesStore(store).createMachine(created);
        }
        try (Store store = Store.open(dir)) {
            StatesStore states = new StatesStore(store);
            assertEquals(created, states.machine("Booking").orElseThrow());
            StateMachine updated = states.updateMachine("Booking",
                    machine -> machine.updated("{}", "arn:aws:iam::0:role/s", STARTED.plusNanos(1), "rev-1")).orElseThrow();
            assertEquals(updated, states.machine("Booking").orElseThrow());
        }
    }

    @Test
    void anExecutionReadsBackWithItsHistoryAndCheckpoint() {
        ObjectNode input = JsonNodeFactory.instance.objectNode().put("bookingId", "b-1").put("amount", 12.5);
        ExecutionRecord record = new ExecutionRecord(EXECUTION_ARN, "one", MACHINE_ARN, "Booking",
                "arn:aws:iam::0:role/r", "{\"StartAt\":\"Done\"}", input, STARTED);
        HistoryEvent started = new HistoryEvent(1, 0, STARTED, "ExecutionStarted",
                EventDetails.of("executionStartedEventDetails").payload("input", input).text("roleArn", "r").build());
        HistoryEvent entered = new HistoryEvent(2, 1, STARTED.plusMillis(5), "PassStateEntered", null);
        ExecutionCheckpoint running = new ExecutionCheckpoint(ExecutionStatus.RUNNING, null, null, null, null,
                JsonNodeFactory.instance.objectNode().put("state", "Done"));
        try (Store store = Store.open(dir)) {
            StatesStore states = new StatesStore(store);
            states.create(record);
            states.commit(EXECUTION_ARN, List.of(started, entered), running, false);
        }

        try (Store store = Store.open(dir)) {
            StatesStore states = new StatesStore(store);
            StoredExecution stored = states.load(EXECUTION_ARN).orElseThrow();
            assertEquals(record, stored.record());
            assertEquals(running, stored.checkpoint());
            assertEquals(List.of(started.toJson(), entered.toJson()),
                    stored.history().stream().map(HistoryEvent::toJson).toList());
            assertEquals(List.of(EXECUTION_ARN), states.unfinished().stream().map(e -> e.record().executionArn()).toList());
        }
    }

    @Test
    void aFinishedExecutionKeepsANullOutputApartFromNoOutput() {
        ExecutionRecord nullOutput = record("null-output");
        ExecutionRecord failed = record("failed");
        ExecutionCheckpoint succeededWithNull = new ExecutionCheckpoint(ExecutionStatus.SUCCEEDED, NullNode.instance,
                null, null, STARTED.plusSeconds(1), null);
        ExecutionCheckpoint failedWithoutOutput = new ExecutionCheckpoint(ExecutionStatus.FAILED, null, "Boom",
                "it broke", STARTED.plusSeconds(2), null);
        try (Store store = Store.open(dir)) {
            StatesStore states = new StatesStore(store);
            states.create(nullOutput);
            states.create(failed);
            states.commit(nullOutput.executionArn(), List.of(), succeededWithNull, false);
            states.commit(failed.executionArn(), List.of(), failedWithoutOutput, false);
        }

        try (Store store = Store.open(dir)) {
            StatesStore states = new StatesStore(store);
            assertEquals(succeededWithNull, states.loadWithoutHistory(nullOutput.executionArn()).orElseThrow().checkpoint());
            ExecutionCheckpoint readFailed = states.loadWithoutHistory(failed.executionArn()).orElseThrow().checkpoint();
            assertEquals(failedWithoutOutput, readFailed);
            assertNull(readFailed.output());
            assertTrue(states.unfinished().isEmpty());
            Page<ExecutionSummary> page = states.executions(MACHINE_ARN, ExecutionStatus.FAILED, null, 10);
            assertEquals(List.of(new ExecutionSummary(failed.executionArn(), MACHINE_ARN, "failed", ExecutionStatus.FAILED,
                    STARTED, STARTED.plusSeconds(2))), page.items());
        }
    }

    private static ExecutionRecord record(String name) {
        return new ExecutionRecord(EXECUTION_ARN.replace(":one", ":" + name), name, MACHINE_ARN, "Booking",
                "arn:aws:iam::0:role/r", "{}", JsonNodeFactory.instance.objectNode(), STARTED);
    }
}
