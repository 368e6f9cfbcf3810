package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/** The quotas AWS puts on executions and definitions, as a user meets them through the SDK. */
class ExecutionQuotasTest {
    private static final String LOOP = """
            {"StartAt": "Spin", "States": {
              "Spin": {"Type": "Pass", "Result": true, "ResultPath": "$.spin", "Next": "Again"},
              "Again": {"Type": "Choice", "Choices": [{"Variable": "$.spin", "BooleanEquals": true, "Next": "Spin"}],
                        "Default": "Done"},
              "Done": {"Type": "Succeed"}}}""";
    /** A Pass first, so that a Task's TaskScheduled would be event 25,000. */
    private static final String TASK_LOOP = """
            {"StartAt": "First", "States": {
              "First": {"Type": "Pass", "Next": "Call"},
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Parameters": {"FunctionName": "echo", "Payload": {}}, "ResultPath": null, "Next": "Call",
                       "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}]},
              "Done": {"Type": "Succeed"}}}""";
    private static final String LONG_WAIT = """
            {"StartAt": "Hold", "TimeoutSeconds": 99999999, "States": {
              "Hold": {"Type": "Wait", "Seconds": 99999999, "End": true}}}""";
    private static final int DEFINITION_LIMIT = 1_048_576;
    private static final String TOO_LONG = "1 validation error detected: Value at 'definition' failed to satisfy "
            + "constraint: Member must have length less than or equal to 1048576";

    private final LambdaTasksTest.StandInLambda lambda = new LambdaTasksTest.StandInLambda();
    private final StatesRuntime runtime = new StatesRuntime(null, lambda);

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void aLoopFailsWhenItsHistoryReachesTwentyFiveThousandEvents() throws InterruptedException {
        String arn = runtime.start(runtime.createMachine("Loop", LOOP), "spin", "{}");

        DescribeExecutionResponse ended = awaitEnd(arn, Duration.ofSeconds(60));

        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("States.Runtime", ended.error());
        assertEquals("The execution reached the maximum number of history events (25000).", ended.cause());
        List<HistoryEvent> last = runtime.sfn.getExecutionHistory(b -> b.executionArn(arn).reverseOrder(true)
                .maxResults(2)).events();
        // Events are numbered from 1, so the last one's id is the size of the history.
        HistoryEvent failed = last.get(0);
        assertEquals(25_000L, failed.id());
        assertEquals(24_999L, failed.previousEventId());
        assertEquals(HistoryEventType.EXECUTION_FAILED, failed.type());
        assertEquals("States.Runtime", failed.executionFailedEventDetails().error());
        assertEquals("The execution reached the maximum number of history events (25000).",
                failed.executionFailedEventDetails().cause());
        HistoryEvent lastStep = last.get(1);
        assertEquals(24_999L, lastStep.id());
        assertEquals(24_998L, lastStep.previousEventId());
        assertEquals(HistoryEventType.PASS_STATE_EXITED, lastStep.type());
    }

    @Test
    void aTaskWhoseStartWouldPassTheLimitIsNotCalled() throws InterruptedException {
        String arn = runtime.start(runtime.createMachine("Calls", TASK_LOOP), "calls", "{}");

        DescribeExecutionResponse ended = awaitEnd(arn, Duration.ofSeconds(60));

        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("The execution reached the maximum number of history events (25000).", ended.cause());
        HistoryEvent lastStep = runtime.sfn.getExecutionHistory(b -> b.executionArn(arn).reverseOrder(true)
                .maxResults(2)).events().get(1);
        assertEquals(HistoryEventType.TASK_STATE_ENTERED, lastStep.type());
        assertEquals(4_999, lambda.invoked.size());
    }

    @Test
    void aStandardExecutionEndsAfterOneYear() {
        String arn = runtime.start(runtime.createMachine("Long", LONG_WAIT), "year", "{}");
        runtime.awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);
        runtime.clock.advance(Duration.ofDays(364));
        assertEquals(ExecutionStatus.RUNNING, runtime.sfn.describeExecution(b -> b.executionArn(arn)).status());

        runtime.clock.advance(Duration.ofDays(1));
        DescribeExecutionResponse ended = runtime.awaitEnd(arn);

        assertEquals(ExecutionStatus.TIMED_OUT, ended.status());
        assertEquals(StatesRuntime.START.plus(Duration.ofDays(365)), ended.stopDate());
        List<HistoryEvent> history = runtime.history(arn);
        HistoryEvent timedOut = history.get(history.size() - 1);
        assertEquals(HistoryEventType.EXECUTION_TIMED_OUT, timedOut.type());
        assertEquals("States.Timeout", timedOut.executionTimedOutEventDetails().error());
    }

    @Test
    void anExpressExecutionStartedAsynchronouslyEndsAfterFiveMinutes() {
        String express = runtime.sfn.createStateMachine(b -> b.name("Quick").roleArn(StatesRuntime.ROLE)
                .type("EXPRESS").definition(LONG_WAIT)).stateMachineArn();
        String arn = runtime.start(express, "minutes", "{}");
        runtime.awaitEvent(arn, HistoryEventType.WAIT_STATE_ENTERED);
        runtime.clock.advance(Duration.ofMinutes(4));
        assertEquals(ExecutionStatus.RUNNING, runtime.sfn.describeExecution(b -> b.executionArn(arn)).status());

        runtime.clock.advance(Duration.ofMinutes(1));
        DescribeExecutionResponse ended = runtime.awaitEnd(arn);

        assertEquals(ExecutionStatus.TIMED_OUT, ended.status());
        assertEquals(StatesRuntime.START.plus(Duration.ofMinutes(5)), ended.stopDate());
    }

    @Test
    void aDefinitionOfOneMebibyteIsAcceptedAndOneCharacterMoreIsRefused() {
        String atLimit = definitionOfLength(DEFINITION_LIMIT);
        String overLimit = definitionOfLength(DEFINITION_LIMIT + 1);

        ValidationException createTooLong = assertThrows(ValidationException.class,
                () -> runtime.createMachine("Big", overLimit));
        assertEquals(TOO_LONG, createTooLong.awsErrorDetails().errorMessage());
        assertEquals(0, runtime.sfn.listStateMachines(b -> { }).stateMachines().size());

        String arn = runtime.createMachine("Big", atLimit);
        ValidationException updateTooLong = assertThrows(ValidationException.class,
                () -> runtime.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(overLimit)));
        assertEquals(TOO_LONG, updateTooLong.awsErrorDetails().errorMessage());
        ValidationException validateTooLong = assertThrows(ValidationException.class,
                () -> runtime.sfn.validateStateMachineDefinition(b -> b.definition(overLimit)));
        assertEquals(TOO_LONG, validateTooLong.awsErrorDetails().errorMessage());
        assertEquals(atLimit, runtime.sfn.describeStateMachine(b -> b.stateMachineArn(arn)).definition());
        String otherAtLimit = atLimit.replace('x', 'y');
        runtime.sfn.updateStateMachine(b -> b.stateMachineArn(arn).definition(otherAtLimit));
        assertEquals(otherAtLimit, runtime.sfn.describeStateMachine(b -> b.stateMachineArn(arn)).definition());
    }

    /** As {@link StatesRuntime#awaitEnd}, with room for the 25,000 events of a loop on a busy machine. */
    private DescribeExecutionResponse awaitEnd(String arn, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        DescribeExecutionResponse execution = runtime.sfn.describeExecution(b -> b.executionArn(arn));
        while (execution.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
            execution = runtime.sfn.describeExecution(b -> b.executionArn(arn));
        }
        return execution;
    }

    /** A valid definition of exactly {@code length} characters, padded with a long Comment. */
    private static String definitionOfLength(int length) {
        String start = "{\"Comment\": \"";
        String end = "\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";
        return start + "x".repeat(length - start.length() - end.length()) + end;
    }
}
