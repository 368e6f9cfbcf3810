package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsApi;
import com.apartmentbooking.local.service.ServiceException;
import com.apartmentbooking.local.sqs.SqsApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The running stream event source mappings, one thread each, keyed by their UUIDs (their checkpoints' key), and
 * the last processing result of each mapping since the runtime started.
 */
final class StreamMappings implements AutoCloseable {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final LambdaStore store;
    private final DynamoDbStreamsApi streams;
    private final SqsApi sqs;
    private final LambdaService lambda;
    private final Clock clock;
    private final Map<String, ScheduledExecutorService> running = new ConcurrentHashMap<>();
    private final Map<String, String> results = new ConcurrentHashMap<>();

    StreamMappings(LambdaStore store, DynamoDbStreamsApi streams, SqsApi sqs, LambdaService lambda, Clock clock) {
        this.store = store;
        this.streams = streams;
        this.sqs = sqs;
        this.lambda = lambda;
        this.clock = clock;
    }

    /** Starts the mapping when it is enabled and does not run yet. */
    void deploy(EventSourceMapping mapping) {
        if (!mapping.enabled() || running.containsKey(mapping.uuid())) {
            return;
        }
        ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1,
                InstanceServices.daemonThreads("lambda-stream-" + mapping.uuid()));
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        running.put(mapping.uuid(), thread);
        new StreamMapping(mapping, store, streams, sqs, lambda, clock, thread,
                result -> results.put(mapping.uuid(), result)).start();
    }

    /** Refuses a stream ARN no table's stream has, as CreateEventSourceMapping does. */
    void requireStream(String streamArn) {
        try {
            streams.shardId(streamArn);
        } catch (ServiceException e) {
            throw LambdaErrors.invalidParameter("Stream not found: " + streamArn);
        }
    }

    /** The mapping's LastProcessingResult: of its last batch, or the problem that keeps it from reading. */
    String lastProcessingResult(String uuid) {
        return results.getOrDefault(uuid, ProcessingResults.NONE);
    }

    /** Stops the mapping as {@link #close} does and forgets its result. */
    void remove(String uuid) {
        ScheduledExecutorService previous = running.remove(uuid);
        if (previous != null) {
            stop(List.of(previous));
        }
        results.remove(uuid);
    }

    /** Runs the mapping's new settings: stops it as {@link #close} does, then starts it again if enabled. */
    void redeploy(EventSourceMapping mapping) {
        ScheduledExecutorService previous = running.remove(mapping.uuid());
        if (previous != null) {
            stop(List.of(previous));
        }
        deploy(mapping);
    }

    /**
     * Lets a batch being processed finish and be checkpointed (so a restart does not deliver it again), waiting
     * a few seconds at most, then stops every mapping.
     */
    @Override
    public void close() {
        List<ScheduledExecutorService> threads = new ArrayList<>(running.values());
        running.clear();
        stop(threads);
    }

    private static void stop(List<ScheduledExecutorService> threads) {
        threads.forEach(ScheduledExecutorService::shutdown);
        try {
            for (ScheduledExecutorService thread : threads) {
                thread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            threads.forEach(ScheduledExecutorService::shutdownNow);
        }
    }
}
