package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * A data directory written by the earlier form of the Step Functions store (one entry per history event) opens with
 * its executions as they were: the fixture was written by that code with a machine that waits an hour, one
 * execution finished ("quick", started 00:00, ended 01:00) and one waiting ("waiting", started 01:00).
 */
class StatesStoreMigrationTest {
    private static final String HOLD = """
            {"StartAt": "Remember", "States": {
              "Remember": {"Type": "Pass", "Assign": {"guest.$": "$.guest"}, "Next": "Hold"},
              "Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
              "Done": {"Type": "Pass", "Parameters": {"guest.$": "$guest"}, "End": true}}}""";
    private static final String MACHINE = "arn:aws:states:us-east-1:000000000000:stateMachine:Hold";
    private static final String QUICK = "arn:aws:states:us-east-1:000000000000:execution:Hold:quick";
    private static final String WAITING = "arn:aws:states:us-east-1:000000000000:execution:Hold:waiting";

    @TempDir
    Path dataDir;

    @Test
    void executionsOfTheEarlierFormReadBackAndTheWaitingOneFinishes() throws Exception {
        try (InputStream fixture = getClass().getResourceAsStream("/states/previous-format/store.mv.db")) {
            Files.copy(fixture, dataDir.resolve("store.mv.db"));
        }
        ControllableClock clock = new ControllableClock(StatesRuntime.START.plus(Duration.ofHours(1)));
        try (StatesRuntime runtime = new StatesRuntime(Store.open(dataDir), clock, null, null)) {
            DescribeExecutionResponse quick = runtime.sfn.describeExecution(b -> b.executionArn(QUICK));
            assertEquals(ExecutionStatus.SUCCEEDED, quick.status());
            assertEquals("{\"guest\":\"bob\"}", quick.input());
            assertEquals("{\"guest\":\"bob\"}", quick.output());
            assertEquals(StatesRuntime.START.plus(Duration.ofHours(1)), quick.stopDate());
            List<HistoryEvent> quickHistory = runtime.history(QUICK);
            assertEquals(List.of(HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
                    HistoryEventType.PASS_STATE_EXITED, HistoryEventType.WAIT_STATE_ENTERED,
                    HistoryEventType.WAIT_STATE_EXITED, HistoryEventType.PASS_STATE_ENTERED,
                    HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED),
                    quickHistory.stream().map(HistoryEvent::type).toList());
            assertEquals("\"bob\"", quickHistory.get(2).stateExitedEventDetails().assignedVariables().get("guest"));
            assertEquals(StatesRuntime.START.plus(Duration.ofHours(1)), quickHistory.get(4).timestamp());
            assertEquals(HOLD, runtime.sfn.describeStateMachineForExecution(b -> b.executionArn(QUICK)).definition());
            assertEquals(List.of("waiting", "quick"), runtime.sfn.listExecutions(b -> b.stateMachineArn(MACHINE))
                    .executions().stream().map(ExecutionListItem::name).toList());
            assertEquals(ExecutionStatus.RUNNING, runtime.sfn.describeExecution(b -> b.executionArn(WAITING)).status());

            runtime.clock.advance(Duration.ofHours(1));

            DescribeExecutionResponse waiting = runtime.awaitEnd(WAITING);
            assertEquals(ExecutionStatus.SUCCEEDED, waiting.status());
            assertEquals("{\"guest\":\"ann\"}", waiting.output());
            List<HistoryEvent> history = runtime.history(WAITING);
            assertEquals(8, history.size());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), history.stream().map(HistoryEvent::id).toList());
            assertEquals(List.of(), runtime.sfn.listExecutions(b -> b.stateMachineArn(MACHINE)
                    .statusFilter(ExecutionStatus.RUNNING)).executions());
        }
    }
}
