package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambda's durable state: the functions and their event source mappings, accepted Event invocations not yet
 * done, in acceptance order, and the position of each stream event source mapping in each shard (the sequence
 * number of the last record it processed).
 */
final class LambdaStore {

    private static final RecordMap<LambdaFunction> FUNCTIONS = new RecordMap<>("lambda.functions", LambdaFunction.class);
    private static final RecordMap<EventSourceMapping> MAPPINGS =
            new RecordMap<>("lambda.event-source-mappings", EventSourceMapping.class);
    private static final RecordMap<QueuedEvent> EVENTS = new RecordMap<>("lambda.events", QueuedEvent.class);
    private static final RecordMap<String> CHECKPOINTS = new RecordMap<>("lambda.stream-checkpoints", String.class);
    private static final char SEPARATOR = '\0';

    private final Store store;

    LambdaStore(Store store) {
        this.store = store;
    }

    /** The function named {@code functionName}, or null. */
    LambdaFunction function(String functionName) {
        return store.read(view -> FUNCTIONS.get(view, functionName));
    }

    /** Every function, in name order. */
    List<LambdaFunction> functions() {
        return store.read(view -> FUNCTIONS.list(view, ""));
    }

    void putFunction(LambdaFunction function) {
        store.transaction(tx -> FUNCTIONS.put(tx, function.functionName(), function));
    }

    /** The mapping with this UUID, or null. */
    EventSourceMapping mapping(String uuid) {
        return store.read(view -> MAPPINGS.get(view, uuid));
    }

    List<EventSourceMapping> mappings() {
        return store.read(view -> MAPPINGS.list(view, ""));
    }

    void putMapping(EventSourceMapping mapping) {
        store.transaction(tx -> MAPPINGS.put(tx, mapping.uuid(), mapping));
    }

    /** Deletes the mapping with its positions in every shard. */
    void deleteMapping(String uuid) {
        store.transaction(tx -> {
            MAPPINGS.delete(tx, uuid);
            List<String> checkpoints = new ArrayList<>();
            CHECKPOINTS.scan(tx, uuid + SEPARATOR, null, (key, sequenceNumber) -> checkpoints.add(key));
            checkpoints.forEach(key -> CHECKPOINTS.delete(tx, key));
        });
    }

    void putEvent(QueuedEvent event) {
        store.transaction(tx -> EVENTS.put(tx, event.key(), event));
    }

    void deleteEvent(String key) {
        store.transaction(tx -> EVENTS.delete(tx, key));
    }

    List<QueuedEvent> events() {
        return store.read(view -> EVENTS.list(view, ""));
    }

    /** The sequence number of the last record the mapping processed in the shard, or null. */
    String checkpoint(String mapping, String shardId) {
        return store.read(view -> CHECKPOINTS.get(view, checkpointKey(mapping, shardId)));
    }

    void putCheckpoint(String mapping, String shardId, String sequenceNumber) {
        store.transaction(tx -> CHECKPOINTS.put(tx, checkpointKey(mapping, shardId), sequenceNumber));
    }

    private static String checkpointKey(String mapping, String shardId) {
        return mapping + SEPARATOR + shardId;
    }
}
