package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.apartmentbooking.local.lambda.fixtures.RecordingHandler;
import com.apartmentbooking.local.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Event invocations: accepted with 202, run, and retried twice on the runtime's clock (1 then 2 minutes). */
class EventInvokeTest {

    @TempDir
    static Path records;
    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 2);
        runtime.createFunction("recorder", RecordingHandler.class, 10, Map.of("RECORD_DIR", records.toString()));
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static InvokeResponse invokeEvent(String function, String payload) {
        return runtime.lambdaClient.invoke(b -> b.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String(payload)));
    }

    private static long attempts(String id) throws IOException {
        Path file = records.resolve("attempts.txt");
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(id::equals).count() : 0;
    }

    /** Waits (real time) until the function recorded {@code count} attempts of {@code id}. */
    private static void awaitAttempts(String id, long count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (attempts(id) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Attempts of " + id + ": " + attempts(id) + ", expected " + count);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void anEventInvocationIsAcceptedAndRuns() throws Exception {
        InvokeResponse response = invokeEvent("recorder", "{\"id\":\"ok-1\"}");

        assertEquals(202, response.statusCode());
        awaitAttempts("ok-1", 1);
    }

    @Test
    void aFailingEventIsRetriedTwiceOnTheClock() throws Exception {
        invokeEvent("recorder", "{\"id\":\"fails\",\"fail\":true}");
        awaitAttempts("fails", 1);

        runtime.advance(Duration.ofSeconds(59));
        Thread.sleep(300);
        assertEquals(1, attempts("fails"), "no retry before a minute passed");
        runtime.advance(Duration.ofSeconds(1));
        awaitAttempts("fails", 2);
        runtime.advance(Duration.ofMinutes(2));
        awaitAttempts("fails", 3);
        runtime.advance(Duration.ofMinutes(10));
        Thread.sleep(300);
        assertEquals(3, attempts("fails"), "two retries, then the event is dropped");
    }

    @Test
    void refusesUnknownFunctionsAndOversizedEvents() {
        assertThrows(ResourceNotFoundException.class, () -> invokeEvent("nobody", "{}"));
        LambdaException tooLarge = assertThrows(LambdaException.class,
                () -> invokeEvent("recorder", "\"" + "x".repeat(PayloadLimits.ASYNC_REQUEST_BYTES) + "\""));
        assertEquals(413, tooLarge.statusCode());
    }
}
