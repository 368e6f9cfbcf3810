package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apartmentbooking.local.lambda.fixtures.EchoHandler;
import com.apartmentbooking.local.lambda.fixtures.EnvironmentHandler;
import com.apartmentbooking.local.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/** Instances as a user sees them: their environment, their class path and how many run. */
class InstanceEnvironmentTest {

    private static final int MAX_INSTANCES = 2;
    private static LambdaRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = new LambdaRuntime(Store.inMemory(), MAX_INSTANCES);
        runtime.createFunction("busy", EchoHandler.class, 10);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("TABLE_NAME", "Bookings");
        environment.put("AWS_REGION", "eu-west-1");
        environment.put("JAVA_TOOL_OPTIONS", "-Dbooking.flag=on");
        runtime.createFunction("environment", EnvironmentHandler.class, 10, environment);
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }



    @Test
    void theHandlerSeesLambdasEnvironmentAndNothingOfTheRuntimes() throws Exception {
        JsonNode answer = LambdaRuntime.json(runtime.invoke("environment", "{}"));
        JsonNode env = answer.path("env");

        assertEquals(runtime.endpoint.toString(), env.path("AWS_ENDPOINT_URL").asText());
        assertEquals("Bookings", env.path("TABLE_NAME").asText());
        assertEquals("us-east-1", env.path("AWS_REGION").asText(), "reserved variables are Lambda's");
        assertEquals("us-east-1", env.path("AWS_DEFAULT_REGION").asText());
        assertEquals("environment", env.path("AWS_LAMBDA_FUNCTION_NAME").asText());
        assertEquals("$LATEST", env.path("AWS_LAMBDA_FUNCTION_VERSION").asText());
        assertEquals("256", env.path("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText());
        assertEquals("/aws/lambda/environment", env.path("AWS_LAMBDA_LOG_GROUP_NAME").asText());
        assertTrue(env.path("AWS_LAMBDA_LOG_STREAM_NAME").asText()
                .matches("\\d{4}/\\d\\d/\\d\\d/\\[\\$LATEST][0-9a-f]{32}"));
        assertEquals("AWS_Lambda_java21", env.path("AWS_EXECUTION_ENV").asText());
        assertEquals(EnvironmentHandler.class.getName() + "::handleRequest", env.path("_HANDLER").asText());
        assertTrue(env.path("AWS_LAMBDA_RUNTIME_API").asText().startsWith("127.0.0.1:"));
        assertEquals(":UTC", env.path("TZ").asText());
        assertEquals("UTC", answer.path("timeZone").asText());
        assertEquals("-Dbooking.flag=on", env.path("JAVA_TOOL_OPTIONS").asText());
        assertEquals("on", answer.path("bookingFlag").asText(), "the JVM applies JAVA_TOOL_OPTIONS");
        for (String credential : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")) {
            assertFalse(env.path(credential).asText().isEmpty(), credential);
        }
        Set<String> names = new HashSet<>();
        env.fieldNames().forEachRemaining(names::add);
        Set<String> expected = Set.of("PATH", "TABLE_NAME", "JAVA_TOOL_OPTIONS", "AWS_ENDPOINT_URL", "_HANDLER",
                "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_VERSION",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
                "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_LAMBDA_RUNTIME_API", "AWS_REGION", "AWS_DEFAULT_REGION",
                "LAMBDA_TASK_ROOT", "TZ", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");
        names.removeAll(expected);
        assertEquals(Set.of(), names, "variables the runtime's own environment leaked");
        String classPath = answer.path("classPath").asText();
        assertFalse(classPath.contains("jetty") || classPath.contains("jackson") || classPath.contains("h2"), classPath);
    }

    @Test
    void parallelInvocationsShareAtMostTheLimitOfInstances() throws Exception {
        List<CompletableFuture<InvokeResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> runtime.invoke("busy", "{\"pauseMillis\":300}")));
        }
        Set<Long> processes = new HashSet<>();
        for (CompletableFuture<InvokeResponse> call : calls) {
            InvokeResponse response = call.join();
            assertNull(response.functionError());
            processes.add(LambdaRuntime.json(response).path("pid").asLong());
        }

        assertTrue(processes.size() <= MAX_INSTANCES, "instances used: " + processes);
        assertTrue(runtime.lambda.service().instanceCount("busy") <= MAX_INSTANCES);
    }
}
