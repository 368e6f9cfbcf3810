package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/** State machines and executions kept in the data directory: a restarted runtime carries on where it stopped. */
class StatesDurabilityTest {
    private static final String HOLD = """
            {"StartAt": "Remember", "States": {
              "Remember": {"Type": "Pass", "Assign": {"guest.$": "$.guest"}, "Next": "Hold"},
              "Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
              "Done": {"Type": "Pass", "Parameters": {"guest.$": "$guest"}, "End": true}}}""";

    @TempDir
    Path dataDir;

    @Test
    void aWaitingExecutionFinishesAfterARestartWithItsWholeHistory() {
        String machine;
        String waiting;
        String finished;
        List<HistoryEvent> beforeRestart;
        try (StatesRuntime before = new StatesRuntime(Store.open(dataDir), new ControllableClock(StatesRuntime.START),
                null, null)) {
            machine = before.createMachine("Hold", HOLD);
            finished = before.start(machine, "quick", "{\"guest\": \"bob\"}");
            before.awaitEvent(finished, HistoryEventType.WAIT_STATE_ENTERED);
            before.clock.advance(Duration.ofHours(1));
            before.awaitEnd(finished);
            waiting = before.start(machine, "waiting", "{\"guest\": \"ann\"}");
            before.awaitEvent(waiting, HistoryEventType.WAIT_STATE_ENTERED);
            beforeRestart = before.history(waiting);
        }

        ControllableClock clock = new ControllableClock(StatesRuntime.START.plus(Duration.ofHours(1)));
        try (StatesRuntime after = new StatesRuntime(Store.open(dataDir), clock, null, null)) {
            assertEquals(HOLD, after.sfn.describeStateMachine(b -> b.stateMachineArn(machine)).definition());
            assertEquals(ExecutionStatus.RUNNING, after.sfn.describeExecution(b -> b.executionArn(waiting)).status());
            assertEquals(beforeRestart, after.history(waiting));
            assertEquals(List.of("waiting", "quick"), after.sfn.listExecutions(b -> b.stateMachineArn(machine))
                    .executions().stream().map(ExecutionListItem::name).toList());

            after.clock.advance(Duration.ofHours(1));

            DescribeExecutionResponse ended = after.awaitEnd(waiting);
            assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
            assertEquals("{\"guest\":\"ann\"}", ended.output());
            List<HistoryEvent> history = after.history(waiting);
            assertEquals(beforeRestart, history.subList(0, beforeRestart.size()));
            assertEquals(LongStream.rangeClosed(1, history.size()).boxed().toList(),
                    history.stream().map(HistoryEvent::id).toList());
            assertEquals(List.of(HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
                    HistoryEventType.PASS_STATE_EXITED, HistoryEventType.WAIT_STATE_ENTERED,
                    HistoryEventType.WAIT_STATE_EXITED, HistoryEventType.PASS_STATE_ENTERED,
                    HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED), types(after, waiting));
            assertEquals(StatesRuntime.START.plus(Duration.ofHours(2)), ended.stopDate());
            assertEquals(ExecutionStatus.SUCCEEDED, after.sfn.describeExecution(b -> b.executionArn(finished))
                    .status());
            assertEquals(List.of(), after.sfn.listExecutions(b -> b.stateMachineArn(machine)
                    .statusFilter(ExecutionStatus.RUNNING)).executions());
        }
    }

    @Test
    void creatingTheSameMachineAtEveryStartKeepsTheOneThatExists() {
        String first;
        try (StatesRuntime before = new StatesRuntime(Store.open(dataDir), new ControllableClock(StatesRuntime.START),
                null, null)) {
            first = before.createMachine("Hold", HOLD);
        }
        try (StatesRuntime after = new StatesRuntime(Store.open(dataDir),
                new ControllableClock(StatesRuntime.START.plusSeconds(60)), null, null)) {
            assertEquals(first, after.createMachine("Hold", HOLD));
            assertEquals(StatesRuntime.START, after.sfn.describeStateMachine(b -> b.stateMachineArn(first))
                    .creationDate());
        }
    }

    private static List<HistoryEventType> types(StatesRuntime runtime, String executionArn) {
        return runtime.history(executionArn).stream().map(HistoryEvent::type).toList();
    }
}
