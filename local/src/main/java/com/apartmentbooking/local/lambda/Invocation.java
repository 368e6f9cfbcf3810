package com.apartmentbooking.local.lambda;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One request to run a function: what the handler receives and the future its result completes. The first
 * outcome wins (a response that arrives after the timeout already answered is dropped).
 */
final class Invocation {

    private final String requestId = UUID.randomUUID().toString();
    private final String traceId;
    private final byte[] payload;
    private final String invokedFunctionArn;
    private final CompletableFuture<InvocationResult> result = new CompletableFuture<>();
    private final InvocationLog log = new InvocationLog(requestId);
    private volatile long deadlineEpochMillis;
    private volatile String logTail = "";

    Invocation(byte[] payload, String invokedFunctionArn, Instant now) {
        this.payload = payload;
        this.invokedFunctionArn = invokedFunctionArn;
        this.traceId = TraceIds.at(now);
    }

    String requestId() {
        return requestId;
    }

    /** The X-Ray trace header the function sees ({@code _X_AMZN_TRACE_ID}); tracing itself is not emulated. */
    String traceId() {
        return traceId;
    }

    /** The function's ARN as the caller named it: with the alias or version when one was named. */
    String invokedFunctionArn() {
        return invokedFunctionArn;
    }

    byte[] payload() {
        return payload;
    }

    CompletableFuture<InvocationResult> result() {
        return result;
    }

    /** The instance handed the invocation to its handler, which has until {@code deadlineEpochMillis}. */
    void started(long deadlineEpochMillis, int memorySize) {
        this.deadlineEpochMillis = deadlineEpochMillis;
        log.started(memorySize);
    }

    /** A line the handler's instance wrote while running this invocation. */
    void logged(String line) {
        log.line(line);
    }

    /** The last 4 KB of the invocation's log, once it is done. */
    String logTail() {
        return logTail;
    }

    long deadlineEpochMillis() {
        return deadlineEpochMillis;
    }

    boolean isDone() {
        return result.isDone();
    }

    void succeed(byte[] response) {
        complete(new InvocationResult(FunctionNames.LATEST, response, null));
    }

    void fail(byte[] errorDocument) {
        complete(new InvocationResult(FunctionNames.LATEST, errorDocument, "Unhandled"));
    }

    private void complete(InvocationResult outcome) {
        if (!result.isDone()) {
            logTail = log.finish();
            result.complete(outcome);
        }
    }

    void refuse(RuntimeException error) {
        result.completeExceptionally(error);
    }
}
