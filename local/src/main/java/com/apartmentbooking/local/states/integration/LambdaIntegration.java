package com.apartmentbooking.local.states.integration;

import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.lambda.InvocationResult;
import com.apartmentbooking.local.lambda.LambdaException;
import com.apartmentbooking.local.states.StatesError;
import com.apartmentbooking.local.states.engine.history.EventDetails;
import com.apartmentbooking.local.states.engine.task.Integration;
import com.apartmentbooking.local.states.engine.task.IntegrationRegistry;
import com.apartmentbooking.local.states.engine.task.TaskRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Lambda from Task states through {@link FunctionInvoker}: the optimized integration
 * ({@code arn:aws:states:::lambda:invoke}, also {@code .waitForTaskToken}), whose result is
 * {@code {ExecutedVersion, Payload, StatusCode, ...}}, and function ARNs as a Resource, whose result is the
 * payload. A function error fails the task with the payload's errorType ({@code Lambda.Unknown} without one)
 * and the payload as cause; a refused invocation with {@code Lambda.<Exception>}.
 */
public final class LambdaIntegration {
    public static final String UNKNOWN_ERROR = "Lambda.Unknown";
    private static final ServiceErrors ERRORS = new ServiceErrors("Lambda", "AWSLambda",
            Set.of("ResourceNotFoundException", "TooManyRequestsException", "ServiceException",
                    "InvalidParameterValueException", "RequestTooLargeException", "ResourceConflictException",
                    "ResourceNotReadyException", "InvalidRequestContentException", "UnsupportedMediaTypeException",
                    "InvalidRuntimeException"), "AWSLambdaException", false);

    private final FunctionInvoker lambda;
    private final InProcessCalls calls;

    public LambdaIntegration(FunctionInvoker lambda, InProcessCalls calls) {
        this.lambda = lambda;
        this.calls = calls;
    }

    public void registerIn(IntegrationRegistry registry) {
        registry.register("lambda", "invoke", this::invokeOptimized);
        registry.registerLambdaFunctions(this::invokeFunctionArn);
    }

    private CompletionStage<JsonNode> invokeOptimized(TaskRequest request) {
        JsonNode parameters = request.parameters();
        String function = parameters.path("FunctionName").asText(null);
        if (function == null) {
            return CompletableFuture.failedFuture(ERRORS.name(new LambdaException(400, "ValidationException",
                    "1 validation error detected: Value null at 'functionName' failed to satisfy constraint: "
                            + "Member must not be null"), UUID.randomUUID().toString()));
        }
        if (parameters.hasNonNull("Qualifier")) {
            function = function + ":" + parameters.get("Qualifier").asText();
        }
        byte[] payload = payload(parameters.get("Payload"));
        if ("Event".equals(parameters.path("InvocationType").asText(null))) {
            return invokeAsync(function, payload);
        }
        return invoke(function, payload).thenApply(result -> {
            ObjectNode output = JsonNodeFactory.instance.objectNode();
            output.put("ExecutedVersion", result.executedVersion());
            output.set("Payload", parse(result.payload()));
            SdkMetadata.addTo(output, UUID.randomUUID().toString(), "application/json");
            output.put("StatusCode", 200);
            return output;
        });
    }

    private CompletionStage<JsonNode> invokeFunctionArn(TaskRequest request) {
        return invoke(request.resource().arn(), payload(request.parameters()))
                .thenApply(result -> parse(result.payload()));
    }

    /** A RequestResponse invocation whose function error or refusal is already the task's failure. */
    private CompletableFuture<InvocationResult> invoke(String function, byte[] payload) {
        CompletableFuture<InvocationResult> invocation;
        try {
            invocation = lambda.invoke(function, payload);
        } catch (LambdaException refused) {
            return CompletableFuture.failedFuture(ERRORS.name(refused, UUID.randomUUID().toString()));
        }
        return invocation.handle((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                if (cause instanceof LambdaException refused) {
                    throw new CompletionException(ERRORS.name(refused, UUID.randomUUID().toString()));
                }
                throw new CompletionException(cause);
            }
            if (result.functionError() != null) {
                throw new CompletionException(functionError(result));
            }
            return result;
        });
    }

    /** An Event invocation: accepted (kept durably by Lambda) off the event loop, answered with status 202. */
    private CompletionStage<JsonNode> invokeAsync(String function, byte[] payload) {
        return calls.supply(() -> {
            try {
                lambda.invokeAsync(function, payload);
            } catch (LambdaException refused) {
                throw new CompletionException(ERRORS.name(refused, UUID.randomUUID().toString()));
            }
            ObjectNode output = JsonNodeFactory.instance.objectNode().put("Payload", "");
            SdkMetadata.addTo(output, UUID.randomUUID().toString(), "application/json");
            return output.put("StatusCode", 202);
        });
    }

    private static StatesError functionError(InvocationResult result) {
        String cause = new String(result.payload(), StandardCharsets.UTF_8);
        JsonNode document = parse(result.payload());
        String errorType = document.path("errorType").asText(null);
        return new StatesError(errorType != null ? errorType : UNKNOWN_ERROR, cause);
    }

    private static byte[] payload(JsonNode value) {
        if (value == null) {
            return "{}".getBytes(StandardCharsets.UTF_8);
        }
        return EventDetails.text(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The payload as JSON; a payload that is not JSON is kept as a string. */
    private static JsonNode parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            JsonNode parsed = Json.DATA.readTree(payload);
            return parsed == null ? JsonNodeFactory.instance.nullNode() : parsed;
        } catch (IOException notJson) {
            return JsonNodeFactory.instance.textNode(new String(payload, StandardCharsets.UTF_8));
        }
    }
}
