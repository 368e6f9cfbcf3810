package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Lambda's management of functions: creating and updating them, their published version, aliases and function
 * URLs, and their event source mappings. Every change is kept in the store first, then applied to the running
 * functions and mappings. Changes are made one at a time.
 */
final class FunctionManagement {

    /** CreateFunction's defaults for what a request leaves out. */
    static final int DEFAULT_TIMEOUT = 3;
    static final int DEFAULT_MEMORY_SIZE = 128;
    static final List<String> DEFAULT_ARCHITECTURES = List.of("x86_64");
    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);
    private static final String PUBLISHED_VERSION = "1";

    private final LambdaStore store;
    private final FunctionCodeFiles code;
    private final LambdaService lambda;
    private final EventQueue eventQueue;
    private final StreamMappings streamMappings;
    private final Clock clock;
    private final String region;
    private final String accountId;

    FunctionManagement(LambdaStore store, FunctionCodeFiles code, LambdaService lambda, EventQueue eventQueue,
            StreamMappings streamMappings, Clock clock, String region, String accountId) {
        this.store = store;
        this.code = code;
        this.lambda = lambda;
        this.eventQueue = eventQueue;
        this.streamMappings = streamMappings;
        this.clock = clock;
        this.region = region;
        this.accountId = accountId;
    }

    /** Runs the functions and mappings the store kept from before a restart. */
    synchronized void deployStored() {
        store.functions().forEach(this::deploy);
        store.mappings().forEach(streamMappings::deploy);
    }

    /** @param architectures null for the default */
    synchronized LambdaFunction createFunction(String functionName, FunctionSettings settings,
            List<String> architectures, byte[] zip) {
        if (store.function(functionName) != null) {
            throw LambdaErrors.conflict("Function already exist: " + functionName);
        }
        LambdaFunction function = new LambdaFunction(functionName, arn(functionName), settings.runtime(),
                settings.role(), settings.handler(), Objects.requireNonNullElse(settings.description(), ""),
                Objects.requireNonNullElse(settings.timeout(), DEFAULT_TIMEOUT),
                Objects.requireNonNullElse(settings.memorySize(), DEFAULT_MEMORY_SIZE),
                Objects.requireNonNullElse(architectures, DEFAULT_ARCHITECTURES),
                Objects.requireNonNullElse(settings.environment(), Map.of()), code.save(zip), now(), false,
                List.of(), null);
        return save(function);
    }

    synchronized LambdaFunction updateConfiguration(String functionName, FunctionSettings settings) {
        return save(existing(functionName).withConfiguration(settings, now()));
    }

    /** @param architectures null to keep the function's */
    synchronized LambdaFunction updateCode(String functionName, byte[] zip, List<String> architectures) {
        LambdaFunction current = existing(functionName);
        LambdaFunction updated = save(current.withCode(code.save(zip),
                Objects.requireNonNullElse(architectures, current.architectures()), now()));
        code.removeUnused(current.code(), store.functions().stream().map(LambdaFunction::code).toList());
        return updated;
    }

    /** Publishes version 1, the one version the local runtime keeps; publishing again answers it again. */
    synchronized LambdaFunction publishVersion(String functionName) {
        LambdaFunction current = existing(functionName);
        return current.published() ? current : save(current.withPublishedVersion());
    }

    synchronized LambdaFunction createAlias(String functionName, String alias, String version) {
        LambdaFunction current = existing(functionName);
        if (!current.published() || !version.equals(PUBLISHED_VERSION)) {
            throw LambdaErrors.functionNotFound(current.functionArn() + ":" + version);
        }
        if (current.aliases().contains(alias)) {
            throw LambdaErrors.conflict("Alias already exists: " + current.functionArn() + ":" + alias);
        }
        return save(current.withAlias(alias));
    }

    synchronized LambdaFunction createFunctionUrl(String functionName, String authType) {
        LambdaFunction current = existing(functionName);
        if (current.url() != null) {
            throw LambdaErrors.conflict("Failed to create function url config for [functionArn = "
                    + current.functionArn() + "]. Error message:  FunctionUrlConfig exists for this Lambda function");
        }
        String now = clock.now().toString();
        return save(current.withUrl(new FunctionUrlConfig(authType, now, now)));
    }

    /** The function, which has a URL (else ResourceNotFoundException, as Lambda answers). */
    synchronized LambdaFunction withUrl(String functionName) {
        LambdaFunction current = existing(functionName);
        if (current.url() == null) {
            throw LambdaErrors.resourceNotFound("The resource you requested does not exist.");
        }
        return current;
    }

    /** @param authType null to keep the current one */
    synchronized LambdaFunction updateFunctionUrl(String functionName, String authType) {
        LambdaFunction current = withUrl(functionName);
        FunctionUrlConfig url = current.url();
        if (authType == null || authType.equals(url.authType())) {
            return current;
        }
        return save(current.withUrl(new FunctionUrlConfig(authType, url.creationTime(), clock.now().toString())));
    }

    synchronized EventSourceMapping createMapping(String functionName, String eventSourceArn,
            String startingPosition, MappingSettings settings) {
        LambdaFunction function = existing(functionName);
        streamMappings.requireStream(eventSourceArn);
        for (EventSourceMapping mapping : store.mappings()) {
            if (mapping.functionName().equals(functionName) && mapping.eventSourceArn().equals(eventSourceArn)) {
                throw LambdaErrors.conflict("The event source arn (\" " + eventSourceArn + " \") and function (\" "
                        + functionName + " \") provided mapping already exists. Please update or delete the "
                        + "existing mapping with UUID " + mapping.uuid());
            }
        }
        EventSourceMapping mapping = new EventSourceMapping(UUID.randomUUID().toString(), functionName,
                function.functionArn(), eventSourceArn, startingPosition,
                Objects.requireNonNullElse(settings.batchSize(), StreamMapping.DEFAULT_BATCH_SIZE),
                Objects.requireNonNullElse(settings.maximumBatchingWindowInSeconds(), 0),
                Objects.requireNonNullElse(settings.functionResponseTypes(), List.of()),
                Objects.requireNonNullElse(settings.maximumRetryAttempts(), -1),
                Objects.requireNonNullElse(settings.maximumRecordAgeInSeconds(), -1),
                Objects.requireNonNullElse(settings.bisectBatchOnFunctionError(), false),
                settings.onFailureDestination(), Objects.requireNonNullElse(settings.enabled(), true),
                clock.now().getEpochSecond());
        store.putMapping(mapping);
        streamMappings.deploy(mapping);
        return mapping;
    }

    synchronized EventSourceMapping updateMapping(String uuid, MappingSettings settings) {
        EventSourceMapping current = mapping(uuid);
        EventSourceMapping updated = new EventSourceMapping(uuid, current.functionName(), current.functionArn(),
                current.eventSourceArn(), current.startingPosition(),
                Objects.requireNonNullElse(settings.batchSize(), current.batchSize()),
                Objects.requireNonNullElse(settings.maximumBatchingWindowInSeconds(),
                        current.maximumBatchingWindowInSeconds()),
                Objects.requireNonNullElse(settings.functionResponseTypes(), current.functionResponseTypes()),
                Objects.requireNonNullElse(settings.maximumRetryAttempts(), current.maximumRetryAttempts()),
                Objects.requireNonNullElse(settings.maximumRecordAgeInSeconds(), current.maximumRecordAgeInSeconds()),
                Objects.requireNonNullElse(settings.bisectBatchOnFunctionError(),
                        current.bisectBatchOnFunctionError()),
                settings.destinationGiven() ? settings.onFailureDestination() : current.onFailureDestination(),
                Objects.requireNonNullElse(settings.enabled(), current.enabled()), clock.now().getEpochSecond());
        store.putMapping(updated);
        streamMappings.redeploy(updated);
        return updated;
    }

    /** Deletes the mapping: it stops reading, and its UUID is unknown from now on; returns it as it was. */
    synchronized EventSourceMapping deleteMapping(String uuid) {
        EventSourceMapping mapping = mapping(uuid);
        store.deleteMapping(uuid);
        streamMappings.remove(uuid);
        return mapping;
    }

    /** The mapping's LastProcessingResult. */
    String lastProcessingResult(String uuid) {
        return streamMappings.lastProcessingResult(uuid);
    }

    EventSourceMapping mapping(String uuid) {
        EventSourceMapping mapping = store.mapping(uuid);
        if (mapping == null) {
            throw LambdaErrors.resourceNotFound("The resource you requested does not exist.");
        }
        return mapping;
    }

    /** The mappings of a function, of an event source, or both; null for either leaves it open. */
    List<EventSourceMapping> mappings(String functionName, String eventSourceArn) {
        return store.mappings().stream()
                .filter(mapping -> functionName == null || mapping.functionName().equals(functionName))
                .filter(mapping -> eventSourceArn == null || mapping.eventSourceArn().equals(eventSourceArn))
                .toList();
    }

    /** The function as kept in the store. */
    LambdaFunction existing(String functionName) {
        LambdaFunction function = store.function(functionName);
        if (function == null) {
            throw LambdaErrors.functionNotFound(arn(functionName));
        }
        return function;
    }

    private LambdaFunction save(LambdaFunction function) {
        store.putFunction(function);
        deploy(function);
        return function;
    }

    private void deploy(LambdaFunction function) {
        lambda.deploy(function);
        eventQueue.resume(function.functionName());
    }

    private String arn(String functionName) {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }

    private String now() {
        return LAST_MODIFIED.format(clock.now());
    }
}
