package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.JvmHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** An instance's JVM is sized from its function's memory, as Lambda sizes it. */
class InstanceMemoryTest {

    private static final long MEGABYTE = 1024 * 1024;
    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), 1);
        for (int memory : new int[] {256, 1024}) {
            runtime.lambdaClient.createFunction(LambdaRuntime.request("jvm" + memory,
                    JvmHandler.class.getName() + "::handleRequest", 10, Map.of()).memorySize(memory).build());
        }
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void theHeapIsMostOfTheFunctionsMemory() throws Exception {
        for (int memory : new int[] {256, 1024}) {
            InvokeResponse response = runtime.invoke("jvm" + memory, "{\"n\":1}");
            assertNull(response.functionError());
            JsonNode answer = LambdaRuntime.json(response);
            assertEquals(1, answer.path("input").path("n").asInt());
            long maxHeap = answer.path("maxHeapBytes").asLong();
            // 85% of the memory, less the survivor space the serial collector keeps free.
            assertTrue(maxHeap <= 0.85 * memory * MEGABYTE && maxHeap >= 0.75 * memory * MEGABYTE,
                    memory + " MB gives a heap of " + maxHeap / MEGABYTE + " MB");
        }
    }
}
