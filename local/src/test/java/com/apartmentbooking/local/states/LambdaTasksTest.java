package com.apartmentbooking.local.states;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.lambda.InvocationResult;
import com.apartmentbooking.local.lambda.LambdaException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Lambda from Task states against a stand-in for the Lambda service (a separate service with its own tests):
 * {@code echo} returns its payload, {@code throws} fails as a handler exception does,
 * {@code crashes} fails without an error type, and any other function does not exist.
 */
class LambdaTasksTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StandInLambda lambda = new StandInLambda();
    private final StatesRuntime runtime = new StatesRuntime(null, lambda);
    private final AtomicInteger machines = new AtomicInteger();

    @AfterEach
    void close() {
        runtime.close();
    }

    @Test
    void theOptimizedIntegrationAnswersWithTheInvokeResponse() throws Exception {
        DescribeExecutionResponse ended = run(invoke("echo", "\"Qualifier\": \"live\","));

        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        JsonNode output = MAPPER.readTree(ended.output());
        assertEquals(MAPPER.readTree("{\"hello\": \"world\"}"), output.get("Payload"));
        assertEquals(200, output.get("StatusCode").asInt());
        assertEquals("$LATEST", output.get("ExecutedVersion").asText());
        assertEquals(List.of("echo:live"), lambda.invoked);
    }

    @Test
    void aFunctionArnAsResourceAnswersWithThePayload() {
        DescribeExecutionResponse ended = run("""
                {"StartAt": "Call", "States": {"Call": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:000000000000:function:echo", "End": true}}}""");

        assertEquals(ExecutionStatus.SUCCEEDED, ended.status());
        assertEquals("{\"in\":1}", ended.output());
    }

    @Test
    void aFunctionErrorFailsTheTaskWithItsErrorType() {
        DescribeExecutionResponse thrown = run(invoke("throws", ""));
        assertEquals("IllegalStateException", thrown.error());
        assertEquals(StandInLambda.ERROR_DOCUMENT, thrown.cause());

        DescribeExecutionResponse crashed = run(invoke("crashes", ""));
        assertEquals("Lambda.Unknown", crashed.error());
    }

    @Test
    void aRefusedInvocationFailsWithItsLambdaErrorName() {
        DescribeExecutionResponse ended = run(invoke("missing", ""));

        assertEquals(ExecutionStatus.FAILED, ended.status());
        assertEquals("Lambda.ResourceNotFoundException", ended.error());
    }

    private static String invoke(String function, String extra) {
        return """
                {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "%s", %s "Payload": {"hello": "world"}}, "End": true}}}"""
                .formatted(function, extra);
    }

    private DescribeExecutionResponse run(String definition) {
        String machine = runtime.createMachine("machine" + machines.incrementAndGet(), definition);
        return runtime.awaitEnd(runtime.start(machine, "run", "{\"in\": 1}"));
    }

    static final class StandInLambda implements FunctionInvoker {
        static final String ERROR_DOCUMENT =
                "{\"errorMessage\":\"boom\",\"errorType\":\"IllegalStateException\",\"stackTrace\":[]}";
        final List<String> invoked = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<InvocationResult> invoke(String function, byte[] payload) {
            invoked.add(function);
            String name = function.contains(":function:")
                    ? function.substring(function.indexOf(":function:") + ":function:".length()) : function;
            if (name.startsWith("echo")) {
                return CompletableFuture.completedFuture(new InvocationResult("$LATEST", payload, null));
            }
            if (name.equals("throws")) {
                return CompletableFuture.completedFuture(new InvocationResult("$LATEST",
                        ERROR_DOCUMENT.getBytes(StandardCharsets.UTF_8), "Unhandled"));
            }
            if (name.equals("crashes")) {
                return CompletableFuture.completedFuture(new InvocationResult("$LATEST",
                        "{\"errorMessage\":\"Runtime exited\"}".getBytes(StandardCharsets.UTF_8), "Unhandled"));
            }
            return CompletableFuture.failedFuture(new LambdaException(404, "ResourceNotFoundException",
                    "Function not found: " + function));
        }

        @Override
        public void invokeAsync(String function, byte[] payload) {
            invoked.add(function);
        }
    }
}
