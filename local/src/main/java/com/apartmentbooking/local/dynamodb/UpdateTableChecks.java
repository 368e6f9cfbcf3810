package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.UpdateTableRequest.CapacityUpdate;
import com.apartmentbooking.local.dynamodb.UpdateTableRequest.GlobalIndexUpdate;
import java.util.HashSet;
import java.util.Set;

/**
 * UpdateTable's checks with DynamoDB's texts: those that need no table (something to update, capacity bounds, one
 * update per index) come before the table is looked up; {@link #checkChanges} compares requested capacities with
 * the current ones afterwards.
 */
final class UpdateTableChecks {

    private static final String INVALID = "One or more parameter values were invalid: ";

    private UpdateTableChecks() {
    }

    static void check(UpdateTableRequest request) {
        boolean indexUpdates = request.indexUpdates() != null && !request.indexUpdates().isEmpty();
        // DynamoDB's text predates BillingMode, StreamSpecification and deletion protection, which update too.
        if (request.readCapacity() == null && request.writeCapacity() == null && request.stream() == null
                && !indexUpdates && request.billingMode() == null && request.deletionProtection() == null) {
            throw DynamoDbException.validation("At least one of ProvisionedThroughput, UpdateStreamEnabled or "
                    + "GlobalSecondaryIndexUpdates is required");
        }
        CreateTableChecks.checkBounds(request.readCapacity(), request.writeCapacity(), "");
        if (!indexUpdates) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (GlobalIndexUpdate update : request.indexUpdates()) {
            if (update.create() == null && update.delete() == null && update.update() == null) {
                throw DynamoDbException.validation(INVALID + "One of GlobalSecondaryIndexUpdate.Update, "
                        + "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
            }
            if (!names.add(update.indexName())) {
                throw DynamoDbException.validation(INVALID + "Only one global secondary index update per index is "
                        + "allowed simultaneously. Index: " + update.indexName());
            }
            CapacityUpdate capacity = update.update();
            if (capacity != null) {
                CreateTableChecks.checkBounds(capacity.readCapacity(), capacity.writeCapacity(),
                        " for index " + capacity.indexName());
            }
        }
    }

    /** DynamoDB refuses to "change" provisioned capacities to the values they have. */
    static void checkChanges(long currentRead, long currentWrite, long read, long write) {
        if (currentRead == read && currentWrite == write) {
            throw DynamoDbException.validation("The provisioned throughput for the table will not change. The requested "
                    + "value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                    + currentRead + ". Requested ReadCapacityUnits: " + read + ". Current WriteCapacityUnits "
                    + "provisioned for the table: " + currentWrite + ". Requested WriteCapacityUnits: " + write + ". "
                    + "Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher "
                    + "limits.");
        }
    }
}
