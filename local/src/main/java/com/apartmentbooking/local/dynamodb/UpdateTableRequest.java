package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.CreateTableRequest.IndexRequest;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.StreamRequest;
import java.util.List;
import java.util.Map;

/**
 * An UpdateTable call: each member is null when the call leaves that part of the table alone.
 *
 * @param indexUpdates the GlobalSecondaryIndexUpdates in request order (null when absent)
 */
public record UpdateTableRequest(String tableName, Map<String, String> attributeDefinitions, String billingMode,
                                 Long readCapacity, Long writeCapacity, StreamRequest stream,
                                 List<GlobalIndexUpdate> indexUpdates, Boolean deletionProtection) {

    /**
     * One GlobalSecondaryIndexUpdate: a Create, a Delete (the index's name) or an Update (new capacities); the
     * others are null, and all three are when the request gave none.
     */
    public record GlobalIndexUpdate(IndexRequest create, String delete, CapacityUpdate update) {

        /** The name of the index this update concerns, null when it names none. */
        String indexName() {
            return create != null ? create.name() : delete != null ? delete : update != null ? update.indexName() : null;
        }
    }

    /** An Update of a GSI's ProvisionedThroughput. */
    public record CapacityUpdate(String indexName, Long readCapacity, Long writeCapacity) {
    }
}
