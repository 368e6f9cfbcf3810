package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.apartmentbooking.local.lambda.fixtures.RecordingHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/** An accepted Event invocation survives a restart: its pending retry runs on the restarted runtime. */
class EventDurabilityTest {

    @TempDir
    Path data;
    @TempDir
    Path records;


    private long attempts() throws IOException {
        Path file = records.resolve("attempts.txt");
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private void awaitAttempts(long count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (attempts() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Attempts: " + attempts() + ", expected " + count);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aPendingRetryRunsAfterARestart() throws Exception {
        try (LambdaRuntime first = new LambdaRuntime(data, 1)) {
            first.createFunction("recorder", RecordingHandler.class, 10, Map.of("RECORD_DIR", records.toString()));
            first.lambdaClient.invoke(b -> b.functionName("recorder").invocationType(InvocationType.EVENT)
                    .payload(SdkBytes.fromUtf8String("{\"id\":\"durable\",\"fail\":true}")));
            awaitAttempts(1);
            // Lets the failed attempt schedule its retry before the runtime stops.
            first.advance(Duration.ZERO);
        }

        try (LambdaRuntime second = new LambdaRuntime(data, 1)) {
            second.advance(Duration.ofMinutes(1));
            awaitAttempts(2);
            second.advance(Duration.ofMinutes(2));
            awaitAttempts(3);
            second.advance(Duration.ofMinutes(10));

            assertEquals(3, attempts(), "the first attempt and two retries, across the restart");
        }
    }
}
