package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.server.AwsJsonService;
import com.apartmentbooking.local.server.AwsServiceException;
import com.apartmentbooking.local.server.RequestContext;
import com.apartmentbooking.local.states.StatesError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Calls another service of the runtime through its {@link AwsJsonService}, off the execution's event loop
 * (a write waits for the store's disk sync), and turns the service's error into the task's {@link StatesError}.
 */
public final class InProcessCalls {
    private final Executor executor;
    private final String region;

    public InProcessCalls(Executor executor, String region) {
        this.executor = executor;
        this.region = region;
    }

    /**
     * The response of {@code operation}, or a failure with the StatesError {@code naming} makes of the service's
     * error and the request's id.
     */
    CompletableFuture<ServiceResponse> call(AwsJsonService service, String operation, JsonNode request,
            BiFunction<AwsServiceException, String, StatesError> naming) {
        return CompletableFuture.supplyAsync(() -> {
            RequestContext context = RequestContext.internal(region);
            try {
                JsonNode response = service.handle(operation, request, context);
                return new ServiceResponse(response == null ? JsonNodeFactory.instance.objectNode() : response,
                        context.requestId());
            } catch (AwsServiceException refused) {
                throw new CompletionException(naming.apply(refused, context.requestId()));
            }
        }, executor);
    }

    /** Runs {@code work} off the event loop, for integrations that call a Java interface rather than a protocol. */
    <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /** A service's answer and the id of the request it answered. */
    record ServiceResponse(JsonNode body, String requestId) {
    }
}
