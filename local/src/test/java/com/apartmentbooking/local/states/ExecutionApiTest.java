package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineForExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

class ExecutionApiTest {
    static final String CHAIN = """
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "Result": {"step": 1}, "ResultPath": "$.a", "Next": "B"},
              "B": {"Type": "Pass", "Result": {"step": 2}, "ResultPath": "$.b", "Next": "C"},
              "C": {"Type": "Pass", "End": true}}}""";
    static final String MAYBE_WAIT = """
            {"StartAt": "Decide", "States": {
              "Decide": {"Type": "Choice", "Choices": [{"Variable": "$.wait", "BooleanEquals": true, "Next": "Hold"}],
                         "Default": "Done"},
              "Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Done"},
              "Done": {"Type": "Succeed"}}}""";

    private final StatesRuntime runtime = new StatesRuntime();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void runsAnExecutionAndDescribesIt() {
        String machine = runtime.createMachine("Chain", CHAIN);
        StartExecutionResponse started = runtime.sfn.startExecution(b -> b.stateMachineArn(machine).name("first")
                .input("{\"guest\": \"ann\"}"));
        assertEquals("arn:aws:states:us-east-1:000000000000:execution:Chain:first", started.executionArn());
        assertEquals(StatesRuntime.START, started.startDate());

        DescribeExecutionResponse ended = runtime.awaitEnd(started.executionArn());

        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        assertEquals("first", ended.name());
        assertEquals(machine, ended.stateMachineArn());
        assertEquals("{\"guest\":\"ann\"}", ended.input());
        assertEquals("{\"guest\":\"ann\",\"a\":{\"step\":1},\"b\":{\"step\":2}}", ended.output());
        assertEquals(StatesRuntime.START, ended.stopDate());
        assertEquals(List.of(HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
                HistoryEventType.PASS_STATE_EXITED, HistoryEventType.PASS_STATE_ENTERED,
                HistoryEventType.PASS_STATE_EXITED, HistoryEventType.PASS_STATE_ENTERED,
                HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED),
                runtime.history(started.executionArn()).stream().map(HistoryEvent::type).toList());
        assertEquals(StatesRuntime.ROLE, runtime.history(started.executionArn()).get(0)
                .executionStartedEventDetails().roleArn());
    }

    @Test
    void inputNestedBeyondTheParsersDepthIsRefusedWithoutTheParserSetting() {
        String machine = runtime.createMachine("Deep", CHAIN);
        InvalidExecutionInputException deep = assertThrows(InvalidExecutionInputException.class,
                () -> runtime.start(machine, "deep", "{\"a\":".repeat(1100) + "1" + "}".repeat(1100)));
        assertEquals("Invalid State Machine Execution Input: 'Document nesting depth (1001) exceeds the maximum "
                + "allowed (1000)'", deep.awsErrorDetails().errorMessage());
    }

    @Test
    void refusesBadStarts() {
        String machine = runtime.createMachine("Chain", CHAIN);
        InvalidExecutionInputException badInput = assertThrows(InvalidExecutionInputException.class,
                () -> runtime.start(machine, "bad", "{not json"));
        assertTrue(badInput.awsErrorDetails().errorMessage().startsWith("Invalid State Machine Execution Input"));
        assertThrows(StateMachineDoesNotExistException.class, () -> runtime.start(
                "arn:aws:states:us-east-1:000000000000:stateMachine:Missing", "x", "{}"));
        assertThrows(InvalidArnException.class, () -> runtime.start("Chain", "x", "{}"));
        assertThrows(ExecutionDoesNotExistException.class, () -> runtime.sfn.describeExecution(b -> b.executionArn(
                "arn:aws:states:us-east-1:000000000000:execution:Chain:never")));
        assertEquals(List.of(), runtime.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions());
    }

    @Test
    void startingARunningExecutionAgainWithTheSameInputReturnsIt() {
        String machine = runtime.createMachine("Holds", MAYBE_WAIT);
        runtime.clock.advance(Duration.ofSeconds(5));
        StartExecutionResponse first = runtime.sfn.startExecution(b -> b.stateMachineArn(machine).name("once")
                .input("{\"wait\": true}"));
        runtime.awaitEvent(first.executionArn(), HistoryEventType.WAIT_STATE_ENTERED);
        runtime.clock.advance(Duration.ofSeconds(5));

        StartExecutionResponse again = runtime.sfn.startExecution(b -> b.stateMachineArn(machine).name("once")
                .input("{\"wait\":true}"));
        assertEquals(first.executionArn(), again.executionArn());
        assertEquals(first.startDate(), again.startDate());

        ExecutionAlreadyExistsException otherInput = assertThrows(ExecutionAlreadyExistsException.class,
                () -> runtime.start(machine, "once", "{\"wait\": true, \"more\": 1}"));
        assertEquals("Execution Already Exists: '" + first.executionArn() + "'",
                otherInput.awsErrorDetails().errorMessage());

        runtime.clock.advance(Duration.ofHours(1));
        assertEquals(ExecutionStatus.SUCCEEDED, runtime.awaitEnd(first.executionArn()).status());
        assertThrows(ExecutionAlreadyExistsException.class, () -> runtime.start(machine, "once", "{\"wait\": true}"));
    }

    @Test
    void listsExecutionsNewestFirstByStatusAndInPages() {
        String machine = runtime.createMachine("Holds", MAYBE_WAIT);
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String arn = runtime.start(machine, "e" + i, "{\"wait\": " + (i % 2 == 1) + "}");
            if (i % 2 == 1) {
                runtime.awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);
            } else {
                runtime.awaitEnd(arn);
            }
            started.add(arn);
            runtime.clock.advance(Duration.ofSeconds(1));
        }

        assertEquals(List.of("e3", "e2", "e1", "e0"),
                names(runtime.sfn.listExecutions(b -> b.stateMachineArn(machine))));
        assertEquals(List.of("e3", "e1"), names(runtime.sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.RUNNING))));
        ListExecutionsResponse succeeded = runtime.sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.SUCCEEDED));
        assertEquals(List.of("e2", "e0"), names(succeeded));
        assertEquals(StatesRuntime.START.plusSeconds(2), succeeded.executions().get(0).stopDate());
        assertNull(runtime.sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING))
                .executions().get(0).stopDate());

        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListExecutionsResponse page = runtime.sfn.listExecutions(b -> b.stateMachineArn(machine).maxResults(3)
                    .nextToken(next));
            paged.addAll(names(page));
            token = page.nextToken();
        } while (token != null);
        assertEquals(List.of("e3", "e2", "e1", "e0"), paged);
        assertThrows(InvalidTokenException.class, () -> runtime.sfn.listExecutions(b -> b.stateMachineArn(machine)
                .nextToken("bm90LWEta2V5")));

        runtime.clock.advance(Duration.ofHours(1));
        started.forEach(runtime::awaitEnd);
        assertEquals(List.of(), runtime.sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.RUNNING)).executions());
    }

    @Test
    void pagesTheHistoryInEitherOrder() {
        String machine = runtime.createMachine("Chain", CHAIN);
        String arn = runtime.start(machine, "paged", "{\"secret\": 1}");
        runtime.awaitEnd(arn);
        List<HistoryEvent> all = runtime.sfn.getExecutionHistory(b -> b.executionArn(arn)).events();
        assertEquals(8, all.size());

        List<Long> forward = new ArrayList<>();
        List<Long> backward = new ArrayList<>();
        collect(arn, false, forward);
        collect(arn, true, backward);

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L), forward);
        assertEquals(List.of(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), backward);
        assertEquals(StatesRuntime.START, all.get(0).timestamp());
        assertEquals("{\"secret\":1}", all.get(0).executionStartedEventDetails().input());

        GetExecutionHistoryResponse withoutData = runtime.sfn.getExecutionHistory(b -> b.executionArn(arn)
                .includeExecutionData(false));
        assertNull(withoutData.events().get(0).executionStartedEventDetails().input());
        assertEquals(StatesRuntime.ROLE, withoutData.events().get(0).executionStartedEventDetails().roleArn());
        assertNull(withoutData.events().get(7).executionSucceededEventDetails().output());
        assertThrows(InvalidTokenException.class, () -> runtime.sfn.getExecutionHistory(b -> b.executionArn(arn)
                .nextToken("%%%")));
    }

    @Test
    void stopsARunningExecution() {
        String machine = runtime.createMachine("Holds", MAYBE_WAIT);
        String arn = runtime.start(machine, "stopped", "{\"wait\": true}");
        runtime.awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);
        runtime.clock.advance(Duration.ofSeconds(10));

        assertEquals(StatesRuntime.START.plusSeconds(10), runtime.sfn.stopExecution(b -> b.executionArn(arn)
                .error("Operator").cause("no longer needed")).stopDate());

        DescribeExecutionResponse stopped = runtime.sfn.describeExecution(b -> b.executionArn(arn));
        assertEquals(ExecutionStatus.ABORTED, stopped.status());
        assertEquals("Operator", stopped.error());
        assertEquals("no longer needed", stopped.cause());
        List<HistoryEvent> history = runtime.history(arn);
        assertEquals(HistoryEventType.EXECUTION_ABORTED, history.get(history.size() - 1).type());
        assertEquals(StatesRuntime.START.plusSeconds(10), runtime.sfn.stopExecution(b -> b.executionArn(arn))
                .stopDate());
        assertThrows(ExecutionDoesNotExistException.class, () -> runtime.sfn.stopExecution(b -> b.executionArn(
                arn + "-other")));
    }

    @Test
    void describesTheMachineAnExecutionRan() {
        String machine = runtime.createMachine("Chain", CHAIN);
        String arn = runtime.start(machine, "before-update", "{}");
        runtime.awaitEnd(arn);
        runtime.sfn.updateStateMachine(b -> b.stateMachineArn(machine).definition(MAYBE_WAIT));

        DescribeStateMachineForExecutionResponse described = runtime.sfn.describeStateMachineForExecution(
                b -> b.executionArn(arn));

        assertEquals(machine, described.stateMachineArn());
        assertEquals("Chain", described.name());
        assertEquals(CHAIN, described.definition());
        assertEquals(StatesRuntime.ROLE, described.roleArn());
    }

    @Test
    void runsExpressMachinesSynchronously() {
        String express = runtime.sfn.createStateMachine(b -> b.name("Quick").definition(CHAIN)
                .roleArn(StatesRuntime.ROLE).type("EXPRESS")).stateMachineArn();
        StartSyncExecutionResponse result = runtime.sfn.startSyncExecution(b -> b.stateMachineArn(express)
                .input("{\"n\": 1}"));
        assertEquals(SyncExecutionStatus.SUCCEEDED, result.status());
        assertEquals("{\"n\":1,\"a\":{\"step\":1},\"b\":{\"step\":2}}", result.output());

        String failing = runtime.sfn.createStateMachine(b -> b.name("Failing").roleArn(StatesRuntime.ROLE)
                .type("EXPRESS").definition("""
                        {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Nope", "Cause": "because"}}}"""))
                .stateMachineArn();
        StartSyncExecutionResponse failed = runtime.sfn.startSyncExecution(b -> b.stateMachineArn(failing));
        assertEquals(SyncExecutionStatus.FAILED, failed.status());
        assertEquals("Nope", failed.error());
        assertEquals("because", failed.cause());
        assertNull(failed.output());

        String standard = runtime.createMachine("Slow", CHAIN);
        assertThrows(StateMachineTypeNotSupportedException.class,
                () -> runtime.sfn.startSyncExecution(b -> b.stateMachineArn(standard)));
    }

    @Test
    void aSynchronousExecutionPastTheExpressLimitTimesOut() throws Exception {
        String express = runtime.sfn.createStateMachine(b -> b.name("Slow").roleArn(StatesRuntime.ROLE).type("EXPRESS")
                .definition("""
                        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 600, "End": true}}}""")
        ).stateMachineArn();
        CompletableFuture<StartSyncExecutionResponse> call = CompletableFuture.supplyAsync(
                () -> runtime.sfn.startSyncExecution(b -> b.stateMachineArn(express)));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!call.isDone() && System.nanoTime() < deadline) {
            runtime.clock.advance(Duration.ofMinutes(1));
            Thread.sleep(5);
        }

        StartSyncExecutionResponse result = call.get(1, TimeUnit.SECONDS);
        assertEquals(SyncExecutionStatus.TIMED_OUT, result.status());
        assertEquals("States.Timeout", result.error());
    }

    private void collect(String arn, boolean reverse, List<Long> ids) {
        String token = null;
        do {
            String next = token;
            GetExecutionHistoryResponse page = runtime.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(3)
                    .reverseOrder(reverse).nextToken(next));
            page.events().forEach(event -> ids.add(event.id()));
            token = page.nextToken();
        } while (token != null);
    }

    private static List<String> names(ListExecutionsResponse response) {
        return response.executions().stream().map(ExecutionListItem::name).toList();
    }
}
