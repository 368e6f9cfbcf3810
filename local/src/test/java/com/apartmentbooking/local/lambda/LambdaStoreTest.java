package com.apartmentbooking.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.apartmentbooking.local.store.Store;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What deleting an event source mapping removes from Lambda's durable state. */
class LambdaStoreTest {

    private static EventSourceMapping mapping(String uuid) {
        return new EventSourceMapping(uuid, "projector", "arn:aws:lambda:us-east-1:123456789012:function:projector",
                "arn:aws:dynamodb:us-east-1:123456789012:table/Bookings/stream/2026-03-01T10:00:00.000",
                "TRIM_HORIZON", 100, 0, List.of(), -1, -1, false, null, true, 0);
    }

    @Test
    void aDeletedMappingTakesItsCheckpointsAndLeavesTheOthers() {
        try (Store store = Store.inMemory()) {
            LambdaStore lambda = new LambdaStore(store);
            lambda.putMapping(mapping("a"));
            lambda.putMapping(mapping("ab"));
            lambda.putCheckpoint("a", "shardId-1", "100");
            lambda.putCheckpoint("a", "shardId-2", "200");
            lambda.putCheckpoint("ab", "shardId-1", "300");

            lambda.deleteMapping("a");

            assertNull(lambda.mapping("a"));
            assertNull(lambda.checkpoint("a", "shardId-1"));
            assertNull(lambda.checkpoint("a", "shardId-2"));
            assertEquals(List.of("ab"), lambda.mappings().stream().map(EventSourceMapping::uuid).toList());
            assertEquals("300", lambda.checkpoint("ab", "shardId-1"));
        }
    }
}
