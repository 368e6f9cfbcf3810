package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.clock.ControllableClock;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** An execution acknowledged by a runtime that is then killed with SIGKILL carries on in the next runtime. */
class StatesKillTest {
    private static final String HOLD = """
            {"StartAt": "Hold", "States": {
              "Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Parts"},
              "Parts": {"Type": "Parallel", "End": true, "Branches": [
                {"StartAt": "One", "States": {"One": {"Type": "Pass", "Result": 1, "End": true}}},
                {"StartAt": "Two", "States": {"Two": {"Type": "Pass", "Result": 2, "End": true}}}]}}}""";

    /** Waits for a task token, then for an hour: the step that takes the token's answer does not end the execution. */
    private static final String PAYMENT = """
            {"StartAt": "AwaitPayment", "States": {
              "AwaitPayment": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"QueueUrl.$": "$.queueUrl", "MessageBody": {"token.$": "$$.Task.Token"}},
                "Next": "Settle"},
              "Settle": {"Type": "Wait", "Seconds": 3600, "End": true}}}""";

    @TempDir
    Path dataDir;

    private Process startChild() throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StatesChild.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** A runtime on the killed one's data directory, its clock then advanced by the hour the machines wait. */
    private StatesRuntime restartedAnHourLater() {
        StatesRuntime after = new StatesRuntime(Store.open(dataDir), new ControllableClock(StatesRuntime.START),
                null, null);
        after.clock.advance(Duration.ofHours(1));
        return after;
    }

    private static void kill(Process child) throws InterruptedException {
        child.toHandle().destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue());
    }

    @Test
    void aWaitingExecutionSurvivesSigkill() throws Exception {
        Process child = startChild();
        String executionArn;
        List<HistoryEvent> beforeKill;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
                SdkHttpClient http = UrlConnectionHttpClient.builder().build()) {
            String port = out.readLine().substring("PORT ".length());
            try (SfnClient sfn = StatesRuntime.sfnClient(URI.create("http://127.0.0.1:" + port), http)) {
                String machine = sfn.createStateMachine(b -> b.name("Hold").definition(HOLD)
                        .roleArn(StatesRuntime.ROLE)).stateMachineArn();
                executionArn = sfn.startExecution(b -> b.stateMachineArn(machine).name("survivor")).executionArn();
                StatesRuntime.awaitEvent(sfn, executionArn, HistoryEventType.WAIT_STATE_ENTERED);
                beforeKill = StatesRuntime.history(sfn, executionArn);
            }
        } finally {
            kill(child);
        }

        try (StatesRuntime after = restartedAnHourLater()) {
            DescribeExecutionResponse ended = after.awaitEnd(executionArn);
            assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
            assertEquals("[1,2]", ended.output());
            List<HistoryEvent> history = after.history(executionArn);
            assertEquals(beforeKill, history.subList(0, beforeKill.size()));
            assertEquals(LongStream.rangeClosed(1, history.size()).boxed().toList(),
                    history.stream().map(HistoryEvent::id).toList());
        }
    }

    @Test
    void aTaskAnswerAcknowledgedRightBeforeSigkillIsKept() throws Exception {
        Process child = startChild();
        String executionArn;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
                SdkHttpClient http = UrlConnectionHttpClient.builder().build()) {
            URI endpoint = URI.create("http://127.0.0.1:" + out.readLine().substring("PORT ".length()));
            try (SfnClient sfn = StatesRuntime.sfnClient(endpoint, http);
                    SqsClient sqs = StatesRuntime.sqsClient(endpoint, http)) {
                String queueUrl = sqs.createQueue(b -> b.queueName("payments")).queueUrl();
                String machine = sfn.createStateMachine(b -> b.name("Payment").definition(PAYMENT)
                        .roleArn(StatesRuntime.ROLE)).stateMachineArn();
                executionArn = sfn.startExecution(b -> b.stateMachineArn(machine).name("paid")
                        .input("{\"queueUrl\": \"" + queueUrl + "\"}")).executionArn();
                List<Message> messages = List.of();
                while (messages.isEmpty()) {
                    messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).waitTimeSeconds(1)).messages();
                }
                String token = Json.DATA.readTree(messages.get(0).body()).path("token").asText();

                sfn.sendTaskSuccess(b -> b.taskToken(token).output("{\"paid\": true}"));
            } finally {
                kill(child);
            }
        }

        try (StatesRuntime after = restartedAnHourLater()) {
            DescribeExecutionResponse ended = after.awaitEnd(executionArn);
            assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
            assertEquals("{\"paid\":true}", ended.output());
        }
    }
}
