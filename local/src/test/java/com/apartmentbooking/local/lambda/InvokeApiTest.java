package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.EchoHandler;
import com.apartmentbooking.local.lambda.fixtures.FailingHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.InvalidRequestContentException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LogType;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.TooManyRequestsException;

/** Lambda's Invoke API through the real SDK client: results, function errors, and the errors of the API itself. */
class InvokeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_INSTANCES = 2;
    @TempDir
    static Path logs;
    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), new LambdaSettings(MAX_INSTANCES, logs, Duration.ofMillis(500), null));
        runtime.createFunction("echo", EchoHandler.class, 10);
        runtime.createAlias("echo", "live");
        runtime.createFunction("failing", FailingHandler.class, 10);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }


    @Test
    void answersWithTheHandlersResult() throws Exception {
        InvokeResponse response = runtime.invoke("echo", "{\"apartment\":\"A-1\"}");

        assertEquals(200, response.statusCode());
        assertNull(response.functionError());
        assertEquals("$LATEST", response.executedVersion());
        JsonNode answer = JSON.readTree(response.payload().asByteArray());
        assertEquals("A-1", answer.path("input").path("apartment").asText());
        assertEquals("echo", answer.path("functionName").asText());
        assertEquals(LambdaRuntime.arn("echo"), answer.path("invokedFunctionArn").asText());
        assertTrue(answer.path("remainingMillis").asLong() > 0 && answer.path("remainingMillis").asLong() <= 10_000);
    }

    @Test
    void updatingAFunctionToTheSameCodeAndSettingsKeepsItsInstances() throws Exception {
        long before = JSON.readTree(runtime.invoke("echo", "{}").payload().asByteArray()).path("pid").asLong();

        runtime.lambdaClient.updateFunctionConfiguration(b -> b.functionName("echo").timeout(10).memorySize(256));
        runtime.lambdaClient.updateFunctionCode(b -> b.functionName("echo").zipFile(LambdaRuntime.fixturesZip()));

        assertEquals(before, JSON.readTree(runtime.invoke("echo", "{}").payload().asByteArray()).path("pid").asLong());
    }

    @Test
    void resolvesArnsAliasesAndLatest() throws Exception {
        for (String name : List.of(LambdaRuntime.arn("echo"), LambdaRuntime.arn("echo") + ":live",
                LambdaRuntime.ACCOUNT + ":function:echo", "echo:$LATEST")) {
            InvokeResponse response = runtime.invoke(name, "{\"n\":1}");
            assertNull(response.functionError(), name);
            assertEquals(1, JSON.readTree(response.payload().asByteArray()).path("input").path("n").asInt(), name);
        }
        InvokeResponse viaAlias = runtime.invoke("echo:live", "{}");
        assertEquals("1", viaAlias.executedVersion());
        assertEquals(LambdaRuntime.arn("echo") + ":live",
                JSON.readTree(viaAlias.payload().asByteArray()).path("invokedFunctionArn").asText());
    }

    @Test
    void reportsAHandlersExceptionAsUnhandled() throws Exception {
        InvokeResponse response = runtime.invoke("failing", "{}");

        assertEquals(200, response.statusCode());
        assertEquals("Unhandled", response.functionError());
        JsonNode error = JSON.readTree(response.payload().asByteArray());
        assertEquals("java.lang.IllegalStateException", error.path("errorType").asText());
        assertEquals("The apartment is on fire", error.path("errorMessage").asText());
        assertTrue(error.path("stackTrace").isArray());
    }

    @Test
    void tailsTheInvocationsLog() {
        InvokeResponse response = runtime.lambdaClient.invoke(b -> b.functionName("failing").logType(LogType.TAIL)
                .payload(SdkBytes.fromUtf8String("{}")));

        String log = new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        assertTrue(log.startsWith("START RequestId: "), log);
        assertTrue(log.contains("END RequestId: ") && log.contains("REPORT RequestId: "), log);
        assertTrue(log.contains("Duration: ") && log.contains("Memory Size: 256 MB"), log);
    }

    @Test
    void aFunctionsOutputGoesToItsLogFile() throws Exception {
        runtime.invoke("failing", "{}");

        Path log = logs.resolve("failing.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!(Files.exists(log) && Files.readString(log).contains("The apartment is on fire"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No handler output in " + log);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void refusesAnUnknownFunction() {
        ResourceNotFoundException error = assertThrows(ResourceNotFoundException.class, () -> runtime.invoke("nobody", "{}"));

        assertEquals(404, error.statusCode());
        assertEquals("Function not found: " + LambdaRuntime.arn("nobody"), error.awsErrorDetails().errorMessage());
        ResourceNotFoundException alias = assertThrows(ResourceNotFoundException.class, () -> runtime.invoke("failing:live", "{}"));
        assertEquals("Function not found: " + LambdaRuntime.arn("failing") + ":live", alias.awsErrorDetails().errorMessage());
    }

    @Test
    void throttlesTheInvocationThatFindsNoFreeInstanceInTime() {
        List<CompletableFuture<InvokeResponse>> calls = new ArrayList<>();
        for (int i = 0; i <= MAX_INSTANCES; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> runtime.invoke("echo", "{\"pauseMillis\":3000}")));
        }
        List<Throwable> failures = new ArrayList<>();
        int answered = 0;
        for (CompletableFuture<InvokeResponse> call : calls) {
            try {
                InvokeResponse response = call.join();
                assertNull(response.functionError(), response.payload().asUtf8String());
                answered++;
            } catch (CompletionException e) {
                failures.add(e.getCause());
            }
        }

        assertEquals(MAX_INSTANCES, answered, "every instance answers one");
        assertEquals(1, failures.size());
        TooManyRequestsException throttled = assertInstanceOf(TooManyRequestsException.class, failures.get(0));
        assertEquals(429, throttled.statusCode());
        assertEquals("Rate Exceeded.", throttled.awsErrorDetails().errorMessage());
        assertEquals("ConcurrentInvocationLimitExceeded", throttled.reasonAsString());
    }

    @Test
    void refusesAPayloadThatIsNotJson() {
        InvalidRequestContentException error = assertThrows(InvalidRequestContentException.class,
                () -> runtime.invoke("echo", "not json"));

        assertEquals(400, error.statusCode());
        assertTrue(error.awsErrorDetails().errorMessage().startsWith("Could not parse request body into json"),
                error.awsErrorDetails().errorMessage());
    }

    @Test
    void refusesAPayloadOverTheLimit() {
        String large = "\"" + "x".repeat(PayloadLimits.SYNC_REQUEST_BYTES) + "\"";

        LambdaException error = assertThrows(LambdaException.class, () -> runtime.invoke("echo", large));

        assertEquals(413, error.statusCode());
    }

    @Test
    void dryRunChecksWithoutRunning() {
        InvokeResponse response = runtime.lambdaClient.invoke(b -> b.functionName("echo")
                .invocationType(InvocationType.DRY_RUN).payload(SdkBytes.fromUtf8String("{}")));

        assertEquals(204, response.statusCode());
        assertThrows(ResourceNotFoundException.class, () -> runtime.lambdaClient.invoke(b -> b.functionName("nobody")
                .invocationType(InvocationType.DRY_RUN).payload(SdkBytes.fromUtf8String("{}"))));
    }

    @Test
    void otherServicesInvokeInProcess() throws Exception {
        FunctionInvoker invoker = runtime.lambda.api();

        byte[] payload = "{\"from\":\"states\"}".getBytes(StandardCharsets.UTF_8);
        InvocationResult result = invoker.invoke(LambdaRuntime.arn("echo"), payload).get(30, TimeUnit.SECONDS);
        assertNull(result.functionError());
        assertEquals("$LATEST", result.executedVersion());
        assertEquals("states", JSON.readTree(result.payload()).path("input").path("from").asText());
        ExecutionException missing = assertThrows(ExecutionException.class,
                () -> invoker.invoke("nobody", new byte[0]).get(30, TimeUnit.SECONDS));
        com.apartmentbooking.local.lambda.LambdaException error = assertInstanceOf(
                com.apartmentbooking.local.lambda.LambdaException.class, missing.getCause());
        assertEquals("ResourceNotFoundException", error.code());
        assertThrows(com.apartmentbooking.local.lambda.LambdaException.class,
                () -> invoker.invokeAsync("nobody", new byte[0]));
    }

    @Test
    void describesFunctions() {
        GetFunctionResponse function = runtime.lambdaClient.getFunction(b -> b.functionName("echo"));

        assertEquals(LambdaRuntime.arn("echo"), function.configuration().functionArn());
        assertEquals(EchoHandler.class.getName() + "::handleRequest", function.configuration().handler());
        assertEquals(10, function.configuration().timeout());
        assertEquals("java21", runtime.lambdaClient.getFunctionConfiguration(b -> b.functionName("echo:live"))
                .runtimeAsString());
        List<String> names = runtime.lambdaClient.listFunctions().functions().stream()
                .map(configuration -> configuration.functionName()).toList();
        assertEquals(List.of("echo", "failing"), names);
        assertThrows(ResourceNotFoundException.class, () -> runtime.lambdaClient.getFunction(b -> b.functionName("nobody")));
    }
}
