package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lambda's behaviour: the deployed functions, and their invocation by name, alias or ARN, synchronously
 * (RequestResponse) or through the durable event queue (Event).
 */
public final class LambdaService implements FunctionInvoker {

    private static final byte[] EMPTY_EVENT = "{}".getBytes(StandardCharsets.UTF_8);

    private final String region;
    private final String accountId;
    private final InstanceServices instances;
    private final LambdaSettings settings;
    private final Map<String, FunctionPool> functions = new ConcurrentHashMap<>();
    private volatile EventQueue eventQueue;

    LambdaService(String region, String accountId, InstanceServices instances, LambdaSettings settings) {
        this.region = region;
        this.accountId = accountId;
        this.instances = instances;
        this.settings = settings;
    }

    void useEventQueue(EventQueue eventQueue) {
        this.eventQueue = eventQueue;
    }

    /**
     * Registers a function or its new definition; instances that run as the new definition would keep running,
     * others are stopped (new ones start on the next invocation).
     */
    void deploy(LambdaFunction function) {
        FunctionPool previous = functions.get(function.functionName());
        if (previous != null && previous.function().runsAs(function)) {
            previous.redefine(function);
            return;
        }
        FunctionPool replaced = functions.put(function.functionName(), new FunctionPool(function, instances,
                settings.maxInstancesPerFunction(), settings.queueWait()));
        if (replaced != null) {
            replaced.close(false);
        }
    }

    void prewarm(String functionName) {
        pool(new FunctionNames.Name(functionName, null)).prewarm();
    }

    /** The deployed functions in name order. */
    public List<LambdaFunction> functions() {
        List<LambdaFunction> all = new ArrayList<>();
        functions.values().forEach(pool -> all.add(pool.function()));
        all.sort(Comparator.comparing(LambdaFunction::functionName));
        return all;
    }

    /** The function a FunctionName (and optional Qualifier) names. */
    public LambdaFunction function(String functionName, String qualifier) {
        return pool(FunctionNames.parse(functionName, qualifier)).function();
    }

    /** How many instances of the function run now. */
    public int instanceCount(String functionName) {
        return pool(new FunctionNames.Name(functionName, null)).instanceCount();
    }

    @Override
    public CompletableFuture<InvocationResult> invoke(String function, byte[] payload) {
        return invoke(function, null, payload);
    }

    /** A RequestResponse invocation with the Invoke API's separate Qualifier parameter. */
    public CompletableFuture<InvocationResult> invoke(String function, String qualifier, byte[] payload) {
        return invokeWithLog(function, qualifier, payload).thenApply(LoggedResult::result);
    }

    /** An invocation's result and the tail of its log, for the Invoke API's {@code LogType: Tail}. */
    record LoggedResult(InvocationResult result, String logTail) {
    }

    CompletableFuture<LoggedResult> invokeWithLog(String function, String qualifier, byte[] payload) {
        try {
            FunctionNames.Name name = FunctionNames.parse(function, qualifier);
            FunctionPool pool = pool(name);
            if (payload.length > PayloadLimits.SYNC_REQUEST_BYTES) {
                throw LambdaErrors.syncRequestTooLarge();
            }
            byte[] event = event(payload);
            String version = executedVersion(name.qualifier());
            Invocation invocation = pool.invoke(event, name.qualifier());
            return invocation.result().thenApply(result -> new LoggedResult(
                    new InvocationResult(version, result.payload(), result.functionError()), invocation.logTail()));
        } catch (LambdaException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void invokeAsync(String function, byte[] payload) {
        invokeAsync(function, null, payload);
    }

    /** An Event invocation: checked now, kept durably before this returns, run by the event queue. */
    public void invokeAsync(String function, String qualifier, byte[] payload) {
        FunctionNames.Name name = FunctionNames.parse(function, qualifier);
        LambdaFunction deployed = pool(name).function();
        if (payload.length > PayloadLimits.ASYNC_REQUEST_BYTES) {
            throw LambdaErrors.asyncRequestTooLarge(payload.length);
        }
        eventQueue.enqueue(deployed.functionName(), name.qualifier(), event(payload));
    }

    /** Checks that a DryRun invocation would be accepted. */
    public void dryRun(String function, String qualifier, byte[] payload) {
        pool(FunctionNames.parse(function, qualifier));
        if (payload.length > PayloadLimits.SYNC_REQUEST_BYTES) {
            throw LambdaErrors.syncRequestTooLarge();
        }
        event(payload);
    }

    /** The version Lambda reports as executed: the version an alias points to (the first published), else $LATEST. */
    private static String executedVersion(String qualifier) {
        return qualifier == null || qualifier.equals(FunctionNames.LATEST) ? FunctionNames.LATEST : "1";
    }

    private FunctionPool pool(FunctionNames.Name name) {
        FunctionPool pool = functions.get(name.functionName());
        if (pool == null || !knownQualifier(pool.function(), name.qualifier())) {
            String arn = "arn:aws:lambda:" + region + ":" + accountId + ":function:" + name.functionName()
                    + (name.qualifier() == null ? "" : ":" + name.qualifier());
            throw LambdaErrors.functionNotFound(arn);
        }
        return pool;
    }

    /** $LATEST always exists; version 1 once published, and the function's aliases. */
    private static boolean knownQualifier(LambdaFunction function, String qualifier) {
        return qualifier == null || qualifier.equals(FunctionNames.LATEST)
                || function.published() && qualifier.equals("1") || function.aliases().contains(qualifier);
    }

    /** The payload as the handler receives it: JSON, an empty one read as {@code {}}. */
    private byte[] event(byte[] payload) {
        if (payload.length == 0) {
            return EMPTY_EVENT;
        }
        try {
            Json.DATA.readTree(payload);
            return payload;
        } catch (JsonProcessingException e) {
            throw LambdaErrors.invalidJson(e.getMessage());
        } catch (IOException e) {
            throw LambdaErrors.invalidJson(e.toString());
        }
    }

    void close() {
        functions.values().forEach(pool -> pool.close(true));
    }
}
