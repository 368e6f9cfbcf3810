package com.apartmentbooking.local.appsync.graphql;

import com.apartmentbooking.local.appsync.DataSourceDefinition;
import com.apartmentbooking.local.json.Json;
import com.apartmentbooking.local.lambda.FunctionInvoker;
import com.apartmentbooking.local.lambda.InvocationResult;
import com.apartmentbooking.local.lambda.LambdaException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Calls a data source with a request's payload: a NONE data source gives the payload back, an AWS_LAMBDA one
 * invokes its function. A function's failure becomes {@code $ctx.error} with AppSync's {@code Lambda:} types.
 */
final class DataSourceInvoker {

    private final FunctionInvoker functions;

    DataSourceInvoker(FunctionInvoker functions) {
        this.functions = functions;
    }

    CompletableFuture<SourceOutcome> call(DataSourceDefinition source, Object payload) {
        return switch (source.type()) {
            case "NONE" -> CompletableFuture.completedFuture(SourceOutcome.result(payload));
            case "AWS_LAMBDA" -> invoke(source.lambdaFunctionArn(), payload);
            default -> CompletableFuture.completedFuture(SourceOutcome.error(
                    "Data source type " + source.type() + " is not served locally.", "DataSource"));
        };
    }

    private CompletableFuture<SourceOutcome> invoke(String functionArn, Object payload) {
        CompletableFuture<InvocationResult> invocation;
        try {
            invocation = functions.invoke(functionArn, Json.DATA.writeValueAsBytes(payload));
        } catch (JsonProcessingException | LambdaException e) {
            invocation = CompletableFuture.failedFuture(e);
        }
        return invocation.handle((result, failure) -> failure == null ? outcome(result) : refused(failure));
    }

    private static SourceOutcome outcome(InvocationResult result) {
        Object answer = parse(result.payload());
        if (result.functionError() == null) {
            return SourceOutcome.result(answer);
        }
        Object message = answer instanceof Map<?, ?> document ? document.get("errorMessage") : null;
        return SourceOutcome.error(message == null ? null : String.valueOf(message), "Lambda:" + result.functionError());
    }

    private static SourceOutcome refused(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof LambdaException refused) {
            return SourceOutcome.error(refused.getMessage(), "Lambda:" + refused.code());
        }
        return SourceOutcome.error(cause.getMessage(), "Lambda:Unhandled");
    }

    /** A function's payload is JSON; anything else is handed on as the text it is. */
    private static Object parse(byte[] payload) {
        if (payload == null || payload.length == 0) {
            return null;
        }
        try {
            return Json.DATA.readValue(payload, Object.class);
        } catch (IOException e) {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }
}
