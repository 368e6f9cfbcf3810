package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a table is besides its items: what DescribeTable reports and what the service needs to validate
 * keys and maintain indexes, streams and TTL. Immutable; UpdateTable and UpdateTimeToLive replace it.
 *
 * @param attributeDefinitions attribute name to type (S, N or B), in declaration order
 * @param billingMode          PROVISIONED or PAY_PER_REQUEST
 * @param stream               the latest stream, or null when the table never had one
 * @param ttlAttribute         the attribute UpdateTimeToLive enabled, or null
 * @param status               ACTIVE, or the change under way ({@link TableLifecycle})
 * @param throughputChanges    when the provisioned throughput last went up and down
 */
public record TableDefinition(String name, String tableId, Instant created, KeySchema keySchema,
                              Map<String, String> attributeDefinitions, String billingMode, long readCapacity,
                              long writeCapacity, List<SecondaryIndex> indexes, TableStream stream,
                              String ttlAttribute, boolean deletionProtection, TableStatus status,
                              ThroughputChanges throughputChanges) {

    public TableDefinition {
        attributeDefinitions = Collections.unmodifiableMap(new LinkedHashMap<>(attributeDefinitions));
        indexes = List.copyOf(indexes);
    }

    /** An ACTIVE table whose throughput never changed. */
    public TableDefinition(String name, String tableId, Instant created, KeySchema keySchema,
                           Map<String, String> attributeDefinitions, String billingMode, long readCapacity,
                           long writeCapacity, List<SecondaryIndex> indexes, TableStream stream, String ttlAttribute,
                           boolean deletionProtection) {
        this(name, tableId, created, keySchema, attributeDefinitions, billingMode, readCapacity, writeCapacity, indexes,
                stream, ttlAttribute, deletionProtection, TableStatus.ACTIVE, ThroughputChanges.NONE);
    }

    public Optional<SecondaryIndex> index(String indexName) {
        return indexes.stream().filter(index -> index.name().equals(indexName)).findFirst();
    }

    /** Whether the index is one an update under way is adding: it exists once the update is done. */
    public boolean creatingIndex(String indexName) {
        return status.target() != null && status.target().index(indexName).isPresent() && index(indexName).isEmpty();
    }

    public boolean streamEnabled() {
        return stream != null && stream.enabled();
    }

    public TableDefinition withIndexes(List<SecondaryIndex> newIndexes, Map<String, String> newDefinitions) {
        return new TableDefinition(name, tableId, created, keySchema, newDefinitions, billingMode, readCapacity,
                writeCapacity, newIndexes, stream, ttlAttribute, deletionProtection, status, throughputChanges);
    }

    public TableDefinition withStream(TableStream newStream) {
        return new TableDefinition(name, tableId, created, keySchema, attributeDefinitions, billingMode,
                readCapacity, writeCapacity, indexes, newStream, ttlAttribute, deletionProtection, status,
                throughputChanges);
    }

    public TableDefinition withTtlAttribute(String attribute) {
        return new TableDefinition(name, tableId, created, keySchema, attributeDefinitions, billingMode,
                readCapacity, writeCapacity, indexes, stream, attribute, deletionProtection, status, throughputChanges);
    }

    public TableDefinition withCapacity(String mode, long read, long write) {
        return new TableDefinition(name, tableId, created, keySchema, attributeDefinitions, mode, read, write,
                indexes, stream, ttlAttribute, deletionProtection, status, throughputChanges);
    }

    public TableDefinition withDeletionProtection(boolean enabled) {
        return new TableDefinition(name, tableId, created, keySchema, attributeDefinitions, billingMode,
                readCapacity, writeCapacity, indexes, stream, ttlAttribute, enabled, status, throughputChanges);
    }

    public TableDefinition withStatus(TableStatus newStatus) {
        return new TableDefinition(name, tableId, created, keySchema, attributeDefinitions, billingMode,
                readCapacity, writeCapacity, indexes, stream, ttlAttribute, deletionProtection, newStatus,
                throughputChanges);
    }

    public TableDefinition withThroughputChanges(ThroughputChanges changes) {
        return new TableDefinition(name, tableId, created, keySchema, attributeDefinitions, billingMode,
                readCapacity, writeCapacity, indexes, stream, ttlAttribute, deletionProtection, status, changes);
    }
}
