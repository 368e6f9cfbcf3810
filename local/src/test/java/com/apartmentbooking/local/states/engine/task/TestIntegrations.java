package com.apartmentbooking.local.states.engine.task;

import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory integrations for tests, registered under a {@code test} service:
 * {@code arn:aws:states:::test:echo} answers with its parameters, {@code test:fail} fails with the
 * parameters' {@code error} and {@code cause}, and {@code test:pending} (also as
 * {@code .waitForTaskToken} and {@code .sync}) answers only when the test completes the call.
 */
public final class TestIntegrations {
    public static final String ECHO = "arn:aws:states:::test:echo";
    public static final String FAIL = "arn:aws:states:::test:fail";
    public static final String PENDING = "arn:aws:states:::test:pending";

    private final List<PendingCall> pendingCalls = new CopyOnWriteArrayList<>();
    private final List<TaskRequest> requests = new CopyOnWriteArrayList<>();

    /** A call of {@code test:pending} waiting for the test to answer it. */
    public record PendingCall(TaskRequest request, CompletableFuture<JsonNode> answer) {
    }

    public IntegrationRegistry registry() {
        return new IntegrationRegistry()
                .register("test", "echo", this::echo)
                .register("test", "fail", this::fail)
                .register("test", "pending", this::pending)
                .registerLambdaFunctions(this::echo);
    }

    public List<PendingCall> pendingCalls() {
        return pendingCalls;
    }

    public List<TaskRequest> requests() {
        return requests;
    }

    private CompletableFuture<JsonNode> echo(TaskRequest request) {
        requests.add(request);
        return CompletableFuture.completedFuture(request.parameters());
    }

    private CompletableFuture<JsonNode> fail(TaskRequest request) {
        requests.add(request);
        return CompletableFuture.failedFuture(new StatesError(request.parameters().path("error").asText("TestError"),
                request.parameters().path("cause").asText("it failed")));
    }

    private CompletableFuture<JsonNode> pending(TaskRequest request) {
        requests.add(request);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pendingCalls.add(new PendingCall(request, answer));
        return answer;
    }
}
