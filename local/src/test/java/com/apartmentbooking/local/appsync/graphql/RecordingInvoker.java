package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.lambda.InvocationResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A function invoker that records each payload and answers with what the test says the function returns. */
final class RecordingInvoker implements FunctionInvoker {

    final List<String> functions = new CopyOnWriteArrayList<>();
    final List<JsonNode> payloads = new CopyOnWriteArrayList<>();
    private volatile Function<JsonNode, InvocationResult> answer = event -> success("null");

    void answer(Function<JsonNode, InvocationResult> answer) {
        this.answer = answer;
    }

    static InvocationResult success(String json) {
        return new InvocationResult("1", json.getBytes(StandardCharsets.UTF_8), null);
    }

    static InvocationResult unhandled(String message) {
        String document = "{\"errorMessage\":\"" + message + "\",\"errorType\":\"java.lang.IllegalStateException\"}";
        return new InvocationResult("1", document.getBytes(StandardCharsets.UTF_8), "Unhandled");
    }

    @Override
    public CompletableFuture<InvocationResult> invoke(String function, byte[] payload) {
        try {
            JsonNode event = Json.DATA.readTree(payload);
            functions.add(function);
            payloads.add(event);
            return CompletableFuture.completedFuture(answer.apply(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void invokeAsync(String function, byte[] payload) {
        throw new UnsupportedOperationException("AppSync invokes resolvers synchronously");
    }
}
