package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.server.RequestIds;
import com.apartmentbooking.local.service.ServiceException;
import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Calls another service of the runtime through its interface, off the execution's event loop (a write waits for
 * the store's disk sync) or, for a read, on it, and turns the service's error into the task's {@link StatesError}.
 */
public final class InProcessCalls {
    private final Executor executor;

    public InProcessCalls(Executor executor) {
        this.executor = executor;
    }

    /**
     * The response {@code call} returns, with the id of the request as AWS would have given it, or a failure
     * with the StatesError {@code naming} makes of the service's error and that request id.
     */
    CompletableFuture<ServiceResponse> call(Supplier<JsonNode> call,
            BiFunction<ServiceException, String, StatesError> naming) {
        return call(call, naming, executor);
    }

    /**
     * The same as {@link #call} on the calling thread, the execution's event loop, for a read: it waits for no
     * disk sync, and its answer is handled in the loop's same turn, without two hand-offs between threads.
     */
    CompletableFuture<ServiceResponse> callHere(Supplier<JsonNode> call,
            BiFunction<ServiceException, String, StatesError> naming) {
        return call(call, naming, Runnable::run);
    }

    private static CompletableFuture<ServiceResponse> call(Supplier<JsonNode> call,
            BiFunction<ServiceException, String, StatesError> naming, Executor on) {
        return CompletableFuture.supplyAsync(() -> {
            String requestId = RequestIds.next();
            try {
                JsonNode response = call.get();
                return new ServiceResponse(response == null ? JsonNodeFactory.instance.objectNode() : response,
                        requestId);
            } catch (ServiceException refused) {
                throw new CompletionException(naming.apply(refused, requestId));
            }
        }, on);
    }

    /** Runs {@code work} off the event loop, for integrations that need no request id. */
    <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /** A service's answer and the id of the request it answered. */
    record ServiceResponse(JsonNode body, String requestId) {
    }
}
