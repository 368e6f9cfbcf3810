package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.ExitingHandler;
import com.apartmentbooking.local.lambda.fixtures.SleepingHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Instances that fail as a user sees them: timeouts, crashes and initialization errors. */
class InstanceFailureTest {

    private static final int MAX_INSTANCES = 2;
    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), MAX_INSTANCES);
        runtime.createFunction("sleepy", SleepingHandler.class, 1);
        runtime.createFunction("exiting", ExitingHandler.class, 10);
        runtime.lambdaClient.createFunction(LambdaRuntime.request("missing", "com.example.DoesNotExist::handleRequest",
                10, Map.of()).build());
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }



    @Test
    void aHandlerPastItsTimeoutIsStoppedAndTheNextInvocationGetsANewInstance() throws Exception {
        InvokeResponse timedOut = runtime.invoke("sleepy", "{\"sleepMillis\":30000}");

        assertEquals("Unhandled", timedOut.functionError());
        String message = LambdaRuntime.json(timedOut).path("errorMessage").asText();
        assertTrue(Pattern.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z [0-9a-f-]{36} "
                + "Task timed out after 1\\.00 seconds", message), message);
        InvokeResponse next = runtime.invoke("sleepy", "{\"sleepMillis\":0}");
        assertNull(next.functionError());
        assertTrue(next.payload().asUtf8String().contains("awake"));
    }

    @Test
    void aCrashedInstanceReportsRuntimeExitErrorAndIsReplaced() throws Exception {
        String before = runtime.invoke("exiting", "{}").payload().asUtf8String();

        InvokeResponse crashed = runtime.invoke("exiting", "{\"exit\":true}");

        assertEquals("Unhandled", crashed.functionError());
        JsonNode error = LambdaRuntime.json(crashed);
        assertEquals("Runtime.ExitError", error.path("errorType").asText());
        assertTrue(Pattern.matches("RequestId: [0-9a-f-]{36} Error: Runtime exited with error: exit status 1",
                error.path("errorMessage").asText()), error.toString());
        InvokeResponse after = runtime.invoke("exiting", "{}");
        assertNull(after.functionError());
        assertNotEquals(before, after.payload().asUtf8String(), "a new instance (another process) answers");
    }

    @Test
    void anInitializationErrorIsTheInvocationsError() throws Exception {
        InvokeResponse response = runtime.invoke("missing", "{}");

        assertEquals("Unhandled", response.functionError());
        JsonNode error = LambdaRuntime.json(response);
        assertTrue(error.path("errorMessage").asText().contains("com.example.DoesNotExist"), error.toString());
        assertFalse(error.path("errorType").asText().isEmpty(), error.toString());
    }

}
