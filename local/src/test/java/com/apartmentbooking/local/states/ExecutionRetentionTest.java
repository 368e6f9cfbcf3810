package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** Ended executions are kept 90 days after they end, on the runtime's clock, and then deleted with their history. */
class ExecutionRetentionTest {
    private static final String HOLD = """
            {"StartAt": "Hold", "States": {"Hold": {"Type": "Wait", "Seconds": 86400, "End": true}}}""";
    private static final String DONE = """
            {"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}""";

    @TempDir
    Path dataDir;

    @Test
    void anEndedExecutionIsGone90DaysAfterItEndedWhileOneStillRunningStays() {
        try (StatesRuntime runtime = new StatesRuntime()) {
            String machine = runtime.createMachine("Done", DONE);
            String holding = runtime.createMachine("Hold", HOLD);
            String ended = runtime.start(machine, "ended", "{}");
            runtime.awaitEnd(ended);
            runtime.clock.advance(Duration.ofDays(89));
            String waiting = runtime.start(holding, "waiting", "{}");
            runtime.awaitEvent(waiting, HistoryEventType.WAIT_STATE_ENTERED);
            String later = runtime.start(machine, "later", "{}");
            runtime.awaitEnd(later);

            runtime.clock.advance(Duration.ofDays(1).minusNanos(1));
            assertEquals(ExecutionStatus.SUCCEEDED, runtime.sfn.describeExecution(b -> b.executionArn(ended)).status());

            runtime.clock.advance(Duration.ofNanos(1));
            assertThrows(ExecutionDoesNotExistException.class,
                    () -> runtime.sfn.describeExecution(b -> b.executionArn(ended)));
            assertThrows(ExecutionDoesNotExistException.class,
                    () -> runtime.sfn.getExecutionHistory(b -> b.executionArn(ended)));
            assertEquals(List.of("later"), names(runtime, machine));
            assertEquals(ExecutionStatus.SUCCEEDED, runtime.awaitEnd(waiting).status());

            runtime.clock.advance(Duration.ofDays(89));
            assertEquals(List.of(), names(runtime, machine));
            assertEquals(List.of("waiting"), names(runtime, holding));
            runtime.clock.advance(Duration.ofDays(1));
            assertEquals(List.of(), names(runtime, holding));
        }
    }

    @Test
    void manyDueExecutionsAreAllDeletedAndARestartFindsWhatFellDueWhileStopped() {
        String machine;
        List<String> executions = new ArrayList<>();
        try (StatesRuntime before = new StatesRuntime(Store.open(dataDir), new ControllableClock(StatesRuntime.START),
                null, null)) {
            machine = before.createMachine("Done", DONE);
            for (int i = 0; i < 120; i++) {
                executions.add(before.start(machine, "e" + i, "{}"));
            }
            executions.forEach(before::awaitEnd);
            before.clock.advance(Duration.ofDays(1));
            before.awaitEnd(before.start(machine, "kept", "{}"));
        }

        Instant restarted = StatesRuntime.START.plus(Duration.ofDays(90)).plusSeconds(1);
        try (StatesRuntime after = new StatesRuntime(Store.open(dataDir), new ControllableClock(restarted), null, null)) {
            assertEquals(List.of("kept"), names(after, machine));
            assertThrows(ExecutionDoesNotExistException.class,
                    () -> after.sfn.describeExecution(b -> b.executionArn(executions.get(119))));
            after.clock.advance(Duration.ofDays(1));
            assertEquals(List.of(), names(after, machine));
        }
    }

    private static List<String> names(StatesRuntime runtime, String machine) {
        return runtime.sfn.listExecutionsPaginator(b -> b.stateMachineArn(machine)).executions().stream()
                .map(ExecutionListItem::name).toList();
    }
}
