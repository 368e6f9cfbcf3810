package com.apartmentbooking.local.lambda;

import com.apartmentbooking.local.store.Keys;
import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import com.apartmentbooking.local.store.StoredJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambda's durable state: the functions and their event source mappings, accepted Event invocations not yet
 * done, and the position of each stream event source mapping in each shard (the last record it processed).
 */
final class LambdaStore {

    private static final String EVENTS = "lambda.events";
    private static final String CHECKPOINTS = "lambda.stream-checkpoints";
    private static final RecordMap<LambdaFunction> FUNCTIONS = new RecordMap<>("lambda.functions", LambdaFunction.class);
    private static final RecordMap<EventSourceMapping> MAPPINGS =
            new RecordMap<>("lambda.event-source-mappings", EventSourceMapping.class);

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

    void putEvent(QueuedEvent event) {
        byte[] value = StoredJson.encode(event.toJson());
        store.transaction(tx -> tx.put(EVENTS, event.key(), value));
    }

    void deleteEvent(String key) {
        store.transaction(tx -> tx.delete(EVENTS, key));
    }

    List<QueuedEvent> events() {
        return store.read(view -> {
            List<QueuedEvent> events = new ArrayList<>();
            view.scan(EVENTS, null, null, true, entry -> {
                events.add(QueuedEvent.fromJson(Keys.string(entry.key()), StoredJson.tree(entry.value())));
                return true;
            });
            return events;
        });
    }

    /** The sequence number of the last record the mapping processed in the shard, or null. */
    String checkpoint(String mapping, String shardId) {
        byte[] value = store.read(view -> view.get(CHECKPOINTS, checkpointKey(mapping, shardId)));
        return value == null ? null : Keys.string(value);
    }

    void putCheckpoint(String mapping, String shardId, String sequenceNumber) {
        store.transaction(tx -> tx.put(CHECKPOINTS, checkpointKey(mapping, shardId), Keys.utf8(sequenceNumber)));
    }

    private static String checkpointKey(String mapping, String shardId) {
        return mapping + "\u0000" + shardId;
    }


}
