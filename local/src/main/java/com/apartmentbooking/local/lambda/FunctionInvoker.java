package com.apartmentbooking.local.lambda;

import java.util.concurrent.CompletableFuture;

/**
 * How other services of the runtime invoke functions (a Step Functions task, an EventBridge target),
 * as Lambda's Invoke API would: by function name, name with alias or version, or ARN.
 */
public interface FunctionInvoker {

    /**
     * A RequestResponse invocation. The future completes with the function's result, also when the handler
     * failed ({@link InvocationResult#functionError()} set); it completes exceptionally with a
     * {@link LambdaException} carrying Lambda's error code when the invocation itself is refused
     * (ResourceNotFoundException, TooManyRequestsException, ...).
     */
    CompletableFuture<InvocationResult> invoke(String function, byte[] payload);

    /**
     * An Event invocation: kept durably and run later, retried as Lambda retries asynchronous invocations.
     * Returns once accepted; throws {@link LambdaException} when the function does not exist.
     */
    void invokeAsync(String function, byte[] payload);
}
