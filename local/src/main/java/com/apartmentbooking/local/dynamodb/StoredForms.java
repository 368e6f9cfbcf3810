package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.apartmentbooking.local.store.StoredJson;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The forms in which DynamoDbStore keeps tables, tags, items, stream records, deleted tables' streams and
 * transaction tokens in the embedded store: {@link StoredJson} records, with attribute values in DynamoDB JSON and instants as epoch
 * milliseconds, so a data directory can be read with ordinary tools.
 */
final class StoredForms {

    private StoredForms() {
    }

    /**
     * A table definition; {@code stream} is left out for a table that never had one, the status members for an
     * ACTIVE table and the throughput changes for one whose throughput never changed (so tables stored before these
     * members existed read as ACTIVE and unchanged).
     */
    record Table(String name, String tableId, long created, String billingMode, long readCapacity,
                 long writeCapacity, String ttlAttribute, boolean deletionProtection, String hashKey,
                 String rangeKey, Map<String, String> attributeDefinitions, List<Index> indexes,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Stream stream,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String status,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Long statusDue,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Table target,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Long lastIncrease,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Long lastDecrease,
                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer decreases) {

        static Table of(TableDefinition table) {
            TableStream stream = table.stream();
            TableStatus status = table.status();
            ThroughputChanges changes = table.throughputChanges();
            return new Table(table.name(), table.tableId(), table.created().toEpochMilli(), table.billingMode(),
                    table.readCapacity(), table.writeCapacity(), table.ttlAttribute(), table.deletionProtection(),
                    table.keySchema().hashKey(), table.keySchema().rangeKey(), table.attributeDefinitions(),
                    table.indexes().stream().map(Index::of).toList(), stream == null ? null
                    : new Stream(stream.label(), stream.viewType(), stream.enabled(), stream.shardId(),
                            stream.startingSequenceNumber().toString()),
                    status.active() ? null : status.name(), millis(status.due()),
                    status.target() == null ? null : Table.of(status.target()), millis(changes.lastIncrease()),
                    millis(changes.lastDecrease()), changes.decreases() == 0 ? null : changes.decreases());
        }

        TableDefinition definition() {
            return new TableDefinition(name, tableId, Instant.ofEpochMilli(created), new KeySchema(hashKey, rangeKey),
                    attributeDefinitions, billingMode, readCapacity, writeCapacity,
                    indexes.stream().map(Index::index).toList(), stream == null ? null
                    : new TableStream(stream.label(), stream.viewType(), stream.enabled(), stream.shardId(),
                            new BigInteger(stream.startingSequenceNumber())), ttlAttribute, deletionProtection,
                    status == null ? TableStatus.ACTIVE : new TableStatus(status, instant(statusDue),
                            target == null ? null : target.definition()),
                    new ThroughputChanges(instant(lastIncrease), instant(lastDecrease),
                            decreases == null ? 0 : decreases));
        }

        private static Long millis(Instant instant) {
            return instant == null ? null : instant.toEpochMilli();
        }

        private static Instant instant(Long millis) {
            return millis == null ? null : Instant.ofEpochMilli(millis);
        }
    }

    record Index(String name, boolean global, String projectionType, long readCapacity, long writeCapacity,
                 String hashKey, String rangeKey, List<String> nonKeyAttributes) {

        static Index of(SecondaryIndex index) {
            return new Index(index.name(), index.global(), index.projectionType(), index.readCapacity(),
                    index.writeCapacity(), index.keySchema().hashKey(), index.keySchema().rangeKey(),
                    index.nonKeyAttributes());
        }

        SecondaryIndex index() {
            return new SecondaryIndex(name, global, new KeySchema(hashKey, rangeKey), projectionType, nonKeyAttributes,
                    readCapacity, writeCapacity);
        }
    }

    /** A sequence number as text: it outgrows a long. */
    record Stream(String label, String viewType, boolean enabled, String shardId, String startingSequenceNumber) {
    }

    /** A stream record; images are left out where the record has none. */
    record Record(String streamArn, String sequenceNumber, String eventId, String eventName, String region,
                  long created, long sizeBytes, String viewType, boolean ttlDelete, JsonNode keys,
                  @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode newImage,
                  @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode oldImage) {

        static Record of(StreamRecord record) {
            return new Record(record.streamArn(), record.sequenceNumber().toString(), record.eventId(),
                    record.eventName(), record.region(), record.created().toEpochMilli(), record.sizeBytes(),
                    record.viewType(), record.ttlDelete(), AttributeValues.itemToJson(record.keys()),
                    record.newImage() == null ? null : AttributeValues.itemToJson(record.newImage()),
                    record.oldImage() == null ? null : AttributeValues.itemToJson(record.oldImage()));
        }

        StreamRecord streamRecord() {
            return new StreamRecord(streamArn, new BigInteger(sequenceNumber), eventId, eventName, region,
                    Instant.ofEpochMilli(created), AttributeValues.itemFromJson(keys),
                    newImage == null ? null : AttributeValues.itemFromJson(newImage),
                    oldImage == null ? null : AttributeValues.itemFromJson(oldImage), sizeBytes, viewType, ttlDelete);
        }
    }

    record Deleted(String streamArn, long deleted, Table table) {

        static Deleted of(DeletedStream stream) {
            return new Deleted(stream.streamArn(), stream.deleted().toEpochMilli(), Table.of(stream.table()));
        }

        DeletedStream deletedStream() {
            return new DeletedStream(streamArn, table.definition(), Instant.ofEpochMilli(deleted));
        }
    }

    /** A table's tags as one JSON object of name to value, in the order they were added. */
    record Tags(@JsonValue Map<String, String> tags) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        Tags {
        }
    }

    record Token(String token, String request, long firstUsed) {

        static Token of(TransactionToken token) {
            return new Token(token.token(), token.request(), token.firstUsed().toEpochMilli());
        }

        TransactionToken transactionToken() {
            return new TransactionToken(token, request, Instant.ofEpochMilli(firstUsed));
        }
    }

    static byte[] item(Map<String, AttributeValue> item) {
        return StoredJson.encode(AttributeValues.itemToJson(item));
    }

    static Map<String, AttributeValue> item(byte[] bytes) {
        return AttributeValues.itemFromJson(StoredJson.decode(bytes, JsonNode.class));
    }
}
