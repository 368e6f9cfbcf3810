package com.apartmentbooking.local.dynamodb;

/** The table an item operation names. Item operations answer a missing table with AWS's shorter text. */
final class ItemTables {

    private ItemTables() {
    }

    static TableDefinition require(DynamoDbStore store, String name) {
        return store.table(name).orElseThrow(() -> DynamoDbException.resourceNotFound("Requested resource not found"));
    }
}
