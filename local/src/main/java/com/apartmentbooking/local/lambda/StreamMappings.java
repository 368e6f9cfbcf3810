package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodbstreams.DynamoDbStreamsApi;
import com.apartmentbooking.local.sqs.SqsApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The running stream event source mappings, one thread each, keyed by their UUIDs (their checkpoints' key). */
final class StreamMappings implements AutoCloseable {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final LambdaStore store;
    private final DynamoDbStreamsApi streams;
    private final SqsApi sqs;
    private final LambdaService lambda;
    private final Clock clock;
    private final Map<String, ScheduledExecutorService> running = new ConcurrentHashMap<>();

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
        new StreamMapping(mapping, store, streams, sqs, lambda, clock, thread).start();
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
