package com.apartmentbooking.local.dynamodb;

/**
 * The table an item operation names. Item operations answer a missing table with AWS's shorter text, and so a
 * table that is still being created or already being deleted, as DynamoDB does.
 */
final class ItemTables {

    private ItemTables() {
    }

    static TableDefinition require(DynamoDbStore store, String name) {
        return store.table(name).filter(table -> table.status().servesItems())
                .orElseThrow(() -> DynamoDbException.resourceNotFound("Requested resource not found"));
    }
}
