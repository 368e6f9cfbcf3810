package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.AttributeValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The byte forms in which DynamoDbStore keeps tables, tags, items, stream records and deleted tables' streams in
 * the embedded store: JSON, with attribute values in DynamoDB JSON, so a data directory can be read with ordinary
 * tools.
 */
final class StoredForms {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredForms() {
    }

    static byte[] item(Map<String, AttributeValue> item) {
        return bytes(AttributeValues.itemToJson(item));
    }

    static Map<String, AttributeValue> item(byte[] bytes) {
        return AttributeValues.itemFromJson(tree(bytes));
    }

    static byte[] table(TableDefinition table) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", table.name()).put("tableId", table.tableId())
                .put("created", table.created().toEpochMilli()).put("billingMode", table.billingMode())
                .put("readCapacity", table.readCapacity()).put("writeCapacity", table.writeCapacity())
                .put("ttlAttribute", table.ttlAttribute()).put("deletionProtection", table.deletionProtection());
        keys(node, table.keySchema());
        ObjectNode definitions = node.putObject("attributeDefinitions");
        table.attributeDefinitions().forEach(definitions::put);
        ArrayNode indexes = node.putArray("indexes");
        for (SecondaryIndex index : table.indexes()) {
            ObjectNode indexNode = indexes.addObject().put("name", index.name()).put("global", index.global())
                    .put("projectionType", index.projectionType()).put("readCapacity", index.readCapacity())
                    .put("writeCapacity", index.writeCapacity());
            keys(indexNode, index.keySchema());
            ArrayNode nonKey = indexNode.putArray("nonKeyAttributes");
            index.nonKeyAttributes().forEach(nonKey::add);
        }
        if (table.stream() != null) {
            TableStream stream = table.stream();
            node.putObject("stream").put("label", stream.label()).put("viewType", stream.viewType())
                    .put("enabled", stream.enabled()).put("shardId", stream.shardId())
                    .put("startingSequenceNumber", stream.startingSequenceNumber().toString());
        }
        return bytes(node);
    }

    static TableDefinition table(byte[] bytes) {
        JsonNode node = tree(bytes);
        Map<String, String> definitions = new LinkedHashMap<>();
        node.get("attributeDefinitions").properties().forEach(entry ->
                definitions.put(entry.getKey(), entry.getValue().asText()));
        List<SecondaryIndex> indexes = new ArrayList<>();
        for (JsonNode index : node.get("indexes")) {
            List<String> nonKey = new ArrayList<>();
            index.get("nonKeyAttributes").forEach(name -> nonKey.add(name.asText()));
            indexes.add(new SecondaryIndex(index.get("name").asText(), index.get("global").asBoolean(), keys(index),
                    index.get("projectionType").asText(), nonKey, index.get("readCapacity").asLong(),
                    index.get("writeCapacity").asLong()));
        }
        JsonNode stream = node.get("stream");
        TableStream tableStream = stream == null ? null : new TableStream(stream.get("label").asText(),
                stream.get("viewType").asText(), stream.get("enabled").asBoolean(), stream.get("shardId").asText(),
                new BigInteger(stream.get("startingSequenceNumber").asText()));
        JsonNode ttl = node.get("ttlAttribute");
        return new TableDefinition(node.get("name").asText(), node.get("tableId").asText(),
                Instant.ofEpochMilli(node.get("created").asLong()), keys(node), definitions,
                node.get("billingMode").asText(), node.get("readCapacity").asLong(),
                node.get("writeCapacity").asLong(), indexes, tableStream,
                ttl == null || ttl.isNull() ? null : ttl.asText(), node.get("deletionProtection").asBoolean());
    }

    static byte[] record(StreamRecord record) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("streamArn", record.streamArn()).put("sequenceNumber", record.sequenceNumber().toString())
                .put("eventId", record.eventId()).put("eventName", record.eventName())
                .put("region", record.region()).put("created", record.created().toEpochMilli())
                .put("sizeBytes", record.sizeBytes()).put("viewType", record.viewType())
                .put("ttlDelete", record.ttlDelete());
        node.set("keys", AttributeValues.itemToJson(record.keys()));
        if (record.newImage() != null) {
            node.set("newImage", AttributeValues.itemToJson(record.newImage()));
        }
        if (record.oldImage() != null) {
            node.set("oldImage", AttributeValues.itemToJson(record.oldImage()));
        }
        return bytes(node);
    }

    static StreamRecord record(byte[] bytes) {
        JsonNode node = tree(bytes);
        return new StreamRecord(node.get("streamArn").asText(), new BigInteger(node.get("sequenceNumber").asText()),
                node.get("eventId").asText(), node.get("eventName").asText(), node.get("region").asText(),
                Instant.ofEpochMilli(node.get("created").asLong()), AttributeValues.itemFromJson(node.get("keys")),
                node.has("newImage") ? AttributeValues.itemFromJson(node.get("newImage")) : null,
                node.has("oldImage") ? AttributeValues.itemFromJson(node.get("oldImage")) : null,
                node.get("sizeBytes").asLong(), node.get("viewType").asText(), node.get("ttlDelete").asBoolean());
    }

    static byte[] deletedStream(DeletedStream stream) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("streamArn", stream.streamArn()).put("deleted", stream.deleted().toEpochMilli());
        node.set("table", tree(table(stream.table())));
        return bytes(node);
    }

    static DeletedStream deletedStream(byte[] bytes) {
        JsonNode node = tree(bytes);
        return new DeletedStream(node.get("streamArn").asText(), table(bytes(node.get("table"))),
                Instant.ofEpochMilli(node.get("deleted").asLong()));
    }

    static byte[] tags(Map<String, String> tags) {
        ObjectNode node = MAPPER.createObjectNode();
        tags.forEach(node::put);
        return bytes(node);
    }

    static Map<String, String> tags(byte[] bytes) {
        Map<String, String> tags = new LinkedHashMap<>();
        tree(bytes).properties().forEach(entry -> tags.put(entry.getKey(), entry.getValue().asText()));
        return tags;
    }

    private static void keys(ObjectNode node, KeySchema keys) {
        node.put("hashKey", keys.hashKey()).put("rangeKey", keys.rangeKey());
    }

    private static KeySchema keys(JsonNode node) {
        JsonNode range = node.get("rangeKey");
        return new KeySchema(node.get("hashKey").asText(), range == null || range.isNull() ? null : range.asText());
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
