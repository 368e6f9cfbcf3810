package com.apartmentbooking.local.dynamodb.sdk;

import static com.apartmentbooking.local.dynamodb.sdk.Ddb.createTable;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.expectErrorStartingWith;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.item;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.n;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.recordedError;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.s;
import static com.apartmentbooking.local.dynamodb.sdk.Ddb.tableName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamDescription;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * DynamoDB Streams through the SDK's DynamoDbStreamsClient: ListStreams, DescribeStream, GetShardIterator (all four types),
 * GetRecords, every view type, TTL deletes; the record sets recorded on AWS (stream-records.json) replayed and compared
 * member by member, with the volatile values replaced by placeholders as in the recording.
 */
class StreamsSdkTest {

    static SdkRuntime runtime;
    static DynamoDbClient ddb;
    static DynamoDbStreamsClient streams;

    @BeforeAll
    static void start() {
        runtime = SdkRuntime.inMemory();
        ddb = runtime.client();
        streams = runtime.streams();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    // ---------- helpers ----------

    static String streamArn(String table) {
        return ddb.describeTable(r -> r.tableName(table)).table().latestStreamArn();
    }

    static Shard onlyShard(String streamArn) {
        List<Shard> shards = streams.describeStream(r -> r.streamArn(streamArn)).streamDescription().shards();
        assertEquals(1, shards.size(), "one shard");
        return shards.get(0);
    }

    static String iterator(String streamArn, ShardIteratorType type, String sequenceNumber) {
        Shard shard = onlyShard(streamArn);
        return streams.getShardIterator(r -> r.streamArn(streamArn).shardId(shard.shardId()).shardIteratorType(type)
                .sequenceNumber(sequenceNumber)).shardIterator();
    }

    /** Every record from the iterator on (follows NextShardIterator until a call returns nothing). */
    static List<Record> readAll(String shardIterator) {
        List<Record> records = new ArrayList<>();
        String it = shardIterator;
        for (int i = 0; i < 100 && it != null; i++) {
            String current = it;
            GetRecordsResponse response = streams.getRecords(r -> r.shardIterator(current));
            records.addAll(response.records());
            it = response.nextShardIterator();
            if (response.records().isEmpty()) {
                break;
            }
        }
        return records;
    }

    static List<Record> allRecords(String table) {
        return readAll(iterator(streamArn(table), ShardIteratorType.TRIM_HORIZON, null));
    }

    /** A record as GetRecords' JSON, volatile values replaced like the recording does. */
    static ArrayNode normalized(List<Record> records) {
        ArrayNode out = Ddb.JSON.createArrayNode();
        Map<String, String> sequences = new HashMap<>();
        Map<String, String> events = new HashMap<>();
        for (Record r : records) {
            ObjectNode o = Ddb.JSON.createObjectNode();
            o.put("awsRegion", "us-east-1".equals(r.awsRegion()) ? "<region>" : r.awsRegion());
            ObjectNode d = o.putObject("dynamodb");
            d.put("ApproximateCreationDateTime", r.dynamodb().approximateCreationDateTime() != null ? "datetime" : null);
            if (r.dynamodb().hasKeys()) {
                d.set("Keys", toJson(r.dynamodb().keys()));
            }
            if (r.dynamodb().hasNewImage()) {
                d.set("NewImage", toJson(r.dynamodb().newImage()));
            }
            if (r.dynamodb().hasOldImage()) {
                d.set("OldImage", toJson(r.dynamodb().oldImage()));
            }
            d.put("SequenceNumber", sequences.computeIfAbsent(r.dynamodb().sequenceNumber(),
                    k -> "<sequence-number:" + (sequences.size() + 1) + ">"));
            d.put("SizeBytes", r.dynamodb().sizeBytes());
            d.put("StreamViewType", r.dynamodb().streamViewTypeAsString());
            o.put("eventID", events.computeIfAbsent(r.eventID(), k -> "<event-i-d:" + (events.size() + 1) + ">"));
            o.put("eventName", r.eventNameAsString());
            o.put("eventSource", r.eventSource());
            o.put("eventVersion", r.eventVersion());
            if (r.userIdentity() != null) {
                o.putObject("userIdentity").put("principalId", r.userIdentity().principalId()).put("type", r.userIdentity().type());
            }
            out.add(o);
        }
        return out;
    }

    static JsonNode toJson(Map<String, AttributeValue> item) {
        ObjectNode o = Ddb.JSON.createObjectNode();
        new TreeMap<>(item).forEach((k, v) -> o.set(k, toJson(v)));
        return o;
    }

    static JsonNode toJson(AttributeValue v) {
        ObjectNode o = Ddb.JSON.createObjectNode();
        switch (v.type()) {
            case S -> o.put("S", v.s());
            case N -> o.put("N", v.n());
            case B -> o.put("B", Base64.getEncoder().encodeToString(v.b().asByteArray()));
            case BOOL -> o.put("BOOL", v.bool());
            case NUL -> o.put("NULL", true);
            case SS -> v.ss().stream().sorted().forEach(o.putArray("SS")::add);
            case NS -> v.ns().stream().sorted().forEach(o.putArray("NS")::add);
            case BS -> v.bs().forEach(b -> o.withArray("BS").add(Base64.getEncoder().encodeToString(b.asByteArray())));
            case L -> v.l().forEach(e -> o.withArray("L").add(toJson(e)));
            case M -> o.set("M", toJson(v.m()));
            default -> throw new IllegalArgumentException(v.toString());
        }
        return o;
    }

    /** The recorded records of a test in stream-records.json, with members sorted like {@link #normalized}. */
    static JsonNode recorded(String test) {
        for (JsonNode t : Ddb.conformance("stream-records.json").get("tests")) {
            if (t.get("test").asText().equals(test)) {
                return sortedKeys(t.get("records"));
            }
        }
        throw new IllegalArgumentException(test);
    }

    static JsonNode recordedDescribeStream(String test) {
        for (JsonNode t : Ddb.conformance("stream-records.json").get("tests")) {
            if (t.get("test").asText().equals(test)) {
                return t.get("describe_stream_response").get("StreamDescription");
            }
        }
        throw new IllegalArgumentException(test);
    }

    static JsonNode sortedKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = Ddb.JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            names.forEach(name -> o.set(name, sortedKeys(node.get(name))));
            return o;
        }
        if (node.isArray()) {
            ArrayNode a = Ddb.JSON.createArrayNode();
            node.forEach(e -> a.add(sortedKeys(e)));
            return a;
        }
        return node;
    }

    static void assertRecordsAsRecorded(JsonNode recorded, List<Record> ours) {
        assertEquals(recorded.toPrettyString(), sortedKeys(normalized(ours)).toPrettyString());
        BigInteger previous = BigInteger.valueOf(-1);
        Set<String> eventIds = new HashSet<>();
        for (Record r : ours) {
            BigInteger sequence = new BigInteger(r.dynamodb().sequenceNumber());
            assertTrue(sequence.compareTo(previous) > 0, "sequence numbers increase");
            previous = sequence;
            assertTrue(eventIds.add(r.eventID()), "event ids are unique");
            Instant created = r.dynamodb().approximateCreationDateTime();
            assertEquals(0, created.getNano(), "ApproximateCreationDateTime has whole seconds (as on AWS)");
            assertTrue(Math.abs(created.getEpochSecond() - Instant.now().getEpochSecond()) < 600);
        }
    }

    // ---------- the recorded scenarios ----------

    @Test
    void keysOnlyRecordsAsRecordedOnAws() {
        String table = tableName("stream-keys");
        createTable(ddb, table, "Username", null, StreamViewType.KEYS_ONLY);
        ddb.putItem(r -> r.tableName(table).item(item("Username", "Fred")));
        ddb.putItem(r -> r.tableName(table).item(item("Username", "Fred")));
        ddb.updateItem(r -> r.tableName(table).key(item("Username", "Fred")).updateExpression("SET #s = :v")
                .expressionAttributeNames(Map.of("#s", "S")).expressionAttributeValues(Map.of(":v", s("Fred_Modified"))));
        ddb.deleteItem(r -> r.tableName(table).key(item("Username", "Fred")));

        String arn = streamArn(table);
        Shard shard = onlyShard(arn);
        List<Record> records = readAll(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER,
                shard.sequenceNumberRange().startingSequenceNumber()));
        // The recording goes on with PartiQL statements (not part of this runtime): compare the first three.
        JsonNode recorded = recorded("test_dynamodb_stream_stream_view_type");
        ArrayNode firstThree = Ddb.JSON.createArrayNode();
        for (int i = 0; i < 3; i++) {
            firstThree.add(recorded.get(i));
        }
        assertRecordsAsRecorded(firstThree, records);
        assertTrue(new BigInteger(records.get(0).dynamodb().sequenceNumber())
                .compareTo(new BigInteger(shard.sequenceNumberRange().startingSequenceNumber())) >= 0);
    }

    @Test
    void batchWriteRecordsAsRecordedOnAws() {
        String table = tableName("stream-batch");
        createTable(ddb, table, "id", null, StreamViewType.NEW_AND_OLD_IMAGES);
        ddb.putItem(r -> r.tableName(table).item(item("id", "Fred")));
        ddb.batchWriteItem(r -> r.requestItems(Map.of(table, List.of(
                WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", "Fred")).build()).build(),
                WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", "NewKey")).build()).build()))));
        ddb.batchWriteItem(r -> r.requestItems(Map.of(table, List.of(
                WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(item("id", "NewKey")).build()).build(),
                WriteRequest.builder().putRequest(PutRequest.builder().item(item("id", "Fred", "name", "Fred")).build()).build()))));
        assertRecordsAsRecorded(recorded("test_batch_write_items_streaming"), allRecords(table));
    }

    @Test
    void transactWriteRecordsAsRecordedOnAws() {
        String table = tableName("stream-tx");
        createTable(ddb, table, "id", null, StreamViewType.NEW_AND_OLD_IMAGES);
        ddb.putItem(r -> r.tableName(table).item(item("id", "Fred")));
        ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(item("id", "Fred")).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(item("id", "NewKey")).build()).build()));
        ddb.transactWriteItems(r -> r.transactItems(update(table, "NewKey", "SET attr1 = :v1, attr2 = :v2",
                Map.of(":v1", s("value1"), ":v2", s("value2")))));
        ddb.transactWriteItems(r -> r.transactItems(update(table, "NonExistentKey", "SET attr1 = :v1", Map.of(":v1", s("value1")))));
        ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().delete(d -> d.tableName(table).key(item("id", "NewKey"))).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(table).item(item("id", "Fred", "name", "Fred")).build()).build(),
                update(table, "NonExistentKey", "SET attr1 = :v1", Map.of(":v1", s("value1")))));
        assertRecordsAsRecorded(recorded("test_transact_write_items_streaming"), allRecords(table));
    }

    private static TransactWriteItem update(String table, String id, String expression, Map<String, AttributeValue> values) {
        return TransactWriteItem.builder().update(Update.builder().tableName(table).key(item("id", id))
                .updateExpression(expression).expressionAttributeValues(values).build()).build();
    }

    @Test
    void transactionOverTwoTablesRecordsOnlyOnTheStreamedOneAsRecordedOnAws() {
        String plain = tableName("stream-none");
        createTable(ddb, plain, "id", null);
        String streamed = tableName("stream-one");
        createTable(ddb, streamed, "id", null, StreamViewType.NEW_AND_OLD_IMAGES);
        ddb.transactWriteItems(r -> r.transactItems(
                TransactWriteItem.builder().put(Put.builder().tableName(plain).item(item("id", "Fred")).build()).build(),
                TransactWriteItem.builder().put(Put.builder().tableName(streamed).item(item("id", "Fred")).build()).build()));
        assertRecordsAsRecorded(recorded("test_transact_write_items_streaming_for_different_tables"), allRecords(streamed));
        assertTrue(streams.listStreams(r -> r.tableName(plain)).streams().isEmpty());
    }

    @Test
    void updateItemRecordsAsRecordedOnAws() {
        String table = tableName("stream-upd");
        createTable(ddb, table, "id", null, StreamViewType.NEW_AND_OLD_IMAGES);
        Runnable first = () -> ddb.updateItem(r -> r.tableName(table).key(item("id", "my-item-id"))
                .updateExpression("SET attr1 = :v1, attr2 = :v2").expressionAttributeValues(Map.of(":v1", s("value1"), ":v2", s("value2"))));
        first.run();
        first.run();
        ddb.updateItem(r -> r.tableName(table).key(item("id", "my-item-id"))
                .updateExpression("SET attr1 = :v1, attr2 = :v2").expressionAttributeValues(Map.of(":v1", s("value2"), ":v2", s("value3"))));
        assertRecordsAsRecorded(recorded("test_dynamodb_stream_records_with_update_item"), allRecords(table));
    }

    @Test
    void rewritesEqualInValueProduceNoRecord() {
        String table = tableName("stream-same");
        createTable(ddb, table, "id", null, StreamViewType.NEW_AND_OLD_IMAGES);
        ddb.putItem(r -> r.tableName(table).item(item("id", "a", "n", n("1.0"), "tags", Ddb.ss("x", "y"), "m", Ddb.m("k", n(1), "j", s("v")))));
        // The same number written otherwise, the set in another order, the map's members in another order.
        ddb.putItem(r -> r.tableName(table).item(item("id", "a", "m", Ddb.m("j", s("v"), "k", n("1E0")), "tags", Ddb.ss("y", "x"), "n", n("1"))));
        ddb.updateItem(r -> r.tableName(table).key(item("id", "a")).updateExpression("SET n = :one ADD tags :x")
                .expressionAttributeValues(Map.of(":one", n("1.00"), ":x", Ddb.ss("x"))));
        ddb.transactWriteItems(r -> r.transactItems(TransactWriteItem.builder().conditionCheck(c -> c.tableName(table)
                .key(item("id", "a")).conditionExpression("attribute_exists(id)")).build()));
        List<Record> records = allRecords(table);
        assertEquals(List.of(OperationType.INSERT), records.stream().map(Record::eventName).toList(),
                "only the first write changed the item");
    }

    // ---------- the API ----------

    @Test
    void describeStreamHasTheRecordedShape() {
        String table = tableName("stream-desc");
        TableDescription created = createTable(ddb, table, "id", null, StreamViewType.NEW_AND_OLD_IMAGES);
        StreamDescription d = streams.describeStream(r -> r.streamArn(created.latestStreamArn())).streamDescription();
        JsonNode recorded = recordedDescribeStream("test_batch_write_items_streaming");
        List<String> members = new ArrayList<>();
        recorded.fieldNames().forEachRemaining(members::add);
        assertEquals(List.of("CreationRequestDateTime", "KeySchema", "Shards", "StreamArn", "StreamLabel", "StreamStatus",
                "StreamViewType", "TableName"), members);
        assertNotNull(d.creationRequestDateTime());
        assertEquals("id", d.keySchema().get(0).attributeName());
        assertEquals(created.latestStreamArn(), d.streamArn());
        assertEquals(created.latestStreamLabel(), d.streamLabel());
        assertEquals(StreamStatus.ENABLED, d.streamStatus());
        assertEquals(StreamViewType.NEW_AND_OLD_IMAGES, d.streamViewType());
        assertEquals(table, d.tableName());
        Shard shard = d.shards().get(0);
        assertNotNull(shard.shardId());
        assertNotNull(shard.sequenceNumberRange().startingSequenceNumber());
        assertNull(shard.sequenceNumberRange().endingSequenceNumber(), "an open shard has no end");
        assertNull(d.lastEvaluatedShardId());
    }

    @Test
    void listStreamsByTableAndAll() {
        String a = tableName("stream-list");
        String arnA = createTable(ddb, a, "id", null, StreamViewType.KEYS_ONLY).latestStreamArn();
        String b = tableName("stream-list");
        String arnB = createTable(ddb, b, "id", null, StreamViewType.NEW_IMAGE).latestStreamArn();
        var forA = streams.listStreams(r -> r.tableName(a)).streams();
        assertEquals(1, forA.size());
        assertEquals(arnA, forA.get(0).streamArn());
        assertEquals(a, forA.get(0).tableName());
        assertNotNull(forA.get(0).streamLabel());
        List<String> all = new ArrayList<>();
        String start = null;
        do {
            String from = start;
            var page = streams.listStreams(r -> r.limit(1).exclusiveStartStreamArn(from));
            page.streams().forEach(s -> all.add(s.streamArn()));
            start = page.lastEvaluatedStreamArn();
        } while (start != null);
        assertTrue(all.containsAll(List.of(arnA, arnB)), all.toString());
        assertEquals(new HashSet<>(all).size(), all.size());
    }

    @Test
    void shardIteratorTypes() {
        String table = tableName("stream-its");
        createTable(ddb, table, "id", null, StreamViewType.NEW_IMAGE);
        String arn = streamArn(table);
        for (int i = 0; i < 3; i++) {
            int v = i;
            ddb.putItem(r -> r.tableName(table).item(item("id", "k" + v)));
        }
        String latest = iterator(arn, ShardIteratorType.LATEST, null);
        ddb.putItem(r -> r.tableName(table).item(item("id", "k3")));

        List<Record> all = readAll(iterator(arn, ShardIteratorType.TRIM_HORIZON, null));
        assertEquals(List.of("k0", "k1", "k2", "k3"), all.stream().map(r -> r.dynamodb().keys().get("id").s()).toList());
        List<Record> afterLatest = readAll(latest);
        assertEquals(List.of("k3"), afterLatest.stream().map(r -> r.dynamodb().keys().get("id").s()).toList());
        String second = all.get(1).dynamodb().sequenceNumber();
        assertEquals(List.of("k1", "k2", "k3"), readAll(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second))
                .stream().map(r -> r.dynamodb().keys().get("id").s()).toList());
        assertEquals(List.of("k2", "k3"), readAll(iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second))
                .stream().map(r -> r.dynamodb().keys().get("id").s()).toList());

        // Limit and NextShardIterator.
        String it = iterator(arn, ShardIteratorType.TRIM_HORIZON, null);
        GetRecordsResponse one = streams.getRecords(r -> r.shardIterator(it).limit(1));
        assertEquals(1, one.records().size());
        assertNotNull(one.nextShardIterator(), "an open shard always has a next iterator");
        GetRecordsResponse rest = streams.getRecords(r -> r.shardIterator(one.nextShardIterator()));
        assertEquals(List.of("k1", "k2", "k3"), rest.records().stream().map(r -> r.dynamodb().keys().get("id").s()).toList());
        GetRecordsResponse empty = streams.getRecords(r -> r.shardIterator(rest.nextShardIterator()));
        assertTrue(empty.records().isEmpty());
        assertNotNull(empty.nextShardIterator());
    }

    @Test
    void everyViewTypeCarriesItsImages() {
        Map<StreamViewType, List<Set<String>>> expected = Map.of(
                StreamViewType.KEYS_ONLY, List.of(Set.of("Keys"), Set.of("Keys"), Set.of("Keys")),
                StreamViewType.NEW_IMAGE, List.of(Set.of("Keys", "NewImage"), Set.of("Keys", "NewImage"), Set.of("Keys")),
                StreamViewType.OLD_IMAGE, List.of(Set.of("Keys"), Set.of("Keys", "OldImage"), Set.of("Keys", "OldImage")),
                StreamViewType.NEW_AND_OLD_IMAGES, List.of(Set.of("Keys", "NewImage"), Set.of("Keys", "NewImage", "OldImage"),
                        Set.of("Keys", "OldImage")));
        for (var e : expected.entrySet()) {
            String table = tableName("stream-view");
            createTable(ddb, table, "id", null, e.getKey());
            ddb.putItem(r -> r.tableName(table).item(item("id", "a", "v", n(1))));
            ddb.updateItem(r -> r.tableName(table).key(item("id", "a")).updateExpression("SET v = :two")
                    .expressionAttributeValues(Map.of(":two", n(2))));
            ddb.deleteItem(r -> r.tableName(table).key(item("id", "a")));
            List<Record> records = allRecords(table);
            assertEquals(List.of(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE),
                    records.stream().map(Record::eventName).toList());
            for (int i = 0; i < 3; i++) {
                var d = records.get(i).dynamodb();
                Set<String> present = new HashSet<>();
                if (d.hasKeys()) {
                    present.add("Keys");
                }
                if (d.hasNewImage()) {
                    present.add("NewImage");
                }
                if (d.hasOldImage()) {
                    present.add("OldImage");
                }
                assertEquals(e.getValue().get(i), present, e.getKey() + " record " + i);
                assertEquals(e.getKey(), d.streamViewType());
            }
            if (e.getKey() == StreamViewType.NEW_AND_OLD_IMAGES) {
                assertEquals(item("id", "a", "v", n(2)), records.get(1).dynamodb().newImage());
                assertEquals(item("id", "a", "v", n(1)), records.get(1).dynamodb().oldImage());
            }
        }
    }

    @Test
    void ttlDeletesAreServiceRemovals() throws InterruptedException {
        String table = tableName("stream-ttl");
        createTable(ddb, table, "id", null, StreamViewType.NEW_AND_OLD_IMAGES);
        ddb.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        long past = Instant.now().getEpochSecond() - 60;
        long future = Instant.now().getEpochSecond() + 3600;
        ddb.putItem(r -> r.tableName(table).item(item("id", "expired", "expiresAt", n(past))));
        ddb.putItem(r -> r.tableName(table).item(item("id", "alive", "expiresAt", n(future))));
        ddb.putItem(r -> r.tableName(table).item(item("id", "not-a-number", "expiresAt", "soon")));
        ddb.deleteItem(r -> r.tableName(table).key(item("id", "not-a-number")));

        long deadline = System.currentTimeMillis() + SdkRuntime.TTL_WAIT.toMillis();
        while (ddb.getItem(r -> r.tableName(table).key(item("id", "expired")).consistentRead(true)).hasItem()
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertFalse(ddb.getItem(r -> r.tableName(table).key(item("id", "expired")).consistentRead(true)).hasItem(),
                "an expired item is deleted within " + SdkRuntime.TTL_WAIT);
        assertTrue(ddb.getItem(r -> r.tableName(table).key(item("id", "alive")).consistentRead(true)).hasItem());

        List<Record> records = allRecords(table);
        Record ttlRemove = records.get(records.size() - 1);
        assertEquals(OperationType.REMOVE, ttlRemove.eventName());
        assertEquals(item("id", "expired"), ttlRemove.dynamodb().keys());
        assertEquals(item("id", "expired", "expiresAt", n(past)), ttlRemove.dynamodb().oldImage());
        assertNotNull(ttlRemove.userIdentity(), "a TTL delete names the service");
        Record userRemove = records.stream().filter(r -> r.eventName() == OperationType.REMOVE
                && r.dynamodb().keys().get("id").s().equals("not-a-number")).findFirst().orElseThrow();
        assertNull(userRemove.userIdentity(), "a user's delete has no userIdentity");
    }

    @Test
    void ttlDeleteRecordNamesTheServiceInTheSdksIdentityShape() throws InterruptedException {
        // GetRecords' Identity members are "PrincipalId" and "Type" (the SDK's wire names); Lambda's event uses
        // lower case, GetRecords does not.
        String table = tableName("stream-ttl-id");
        createTable(ddb, table, "id", null, StreamViewType.KEYS_ONLY);
        ddb.updateTimeToLive(r -> r.tableName(table).timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
        ddb.putItem(r -> r.tableName(table).item(item("id", "expired", "expiresAt", n(Instant.now().getEpochSecond() - 60))));
        long deadline = System.currentTimeMillis() + SdkRuntime.TTL_WAIT.toMillis();
        List<Record> records = allRecords(table);
        while (records.size() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            records = allRecords(table);
        }
        assertEquals(2, records.size(), "INSERT and the TTL REMOVE");
        Record ttlRemove = records.get(1);
        assertEquals(OperationType.REMOVE, ttlRemove.eventName());
        assertNotNull(ttlRemove.userIdentity());
        assertEquals("Service", ttlRemove.userIdentity().type());
        assertEquals("dynamodb.amazonaws.com", ttlRemove.userIdentity().principalId());
    }

    // ---------- errors ----------

    @Test
    void describeStreamOfMissingStreamAsRecordedOnAws() {
        JsonNode recorded = recordedError("test_non_existent_stream");
        String account = createTable(ddb, tableName("stream-acct"), "id", null).tableArn().split(":")[4];
        String arn = "arn:aws:dynamodb:us-east-1:" + account + ":table/no-such-table/stream/2024-11-18T14:36:44.149";
        String message = recorded.get("message").asText()
                .replace("arn:<partition>:dynamodb:<region>:111111111111:table/<table-name>/stream/2024-11-18T14:36:44.149", arn);
        Ddb.expectError(ResourceNotFoundException.class, "ResourceNotFoundException", message,
                () -> streams.describeStream(r -> r.streamArn(arn)));
    }

    @Test
    void badIteratorsAndShardsAreErrors() {
        String table = tableName("stream-err");
        createTable(ddb, table, "id", null, StreamViewType.KEYS_ONLY);
        String arn = streamArn(table);
        expectErrorStartingWith(ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found",
                () -> streams.getShardIterator(r -> r.streamArn(arn).shardId("shardId-00000000000000000000-deadbeef")
                        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)));
        expectErrorStartingWith(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException", "",
                () -> streams.getShardIterator(r -> r.streamArn(arn).shardId(onlyShard(arn).shardId())
                        .shardIteratorType(ShardIteratorType.AT_SEQUENCE_NUMBER)));
        expectErrorStartingWith(software.amazon.awssdk.services.dynamodb.model.DynamoDbException.class, "ValidationException", "",
                () -> streams.getRecords(r -> r.shardIterator("not-an-iterator")));
    }
}
