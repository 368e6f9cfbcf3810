package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.store.Keys;
import com.apartmentbooking.local.store.RecordMap;
import com.apartmentbooking.local.store.Store;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The state of the DynamoDB service: table definitions, items per table in DynamoDB's order ({@link ItemKey}: by
 * partition key hash, then sort key) with their index entries, the stream
 * records of every stream, the streams of deleted tables (kept readable until retention drops them) and the
 * transaction tokens in use. Item changes and their stream records are applied together by {@link #commit}, which
 * publishes the records before the items, so a reader never sees an item change without its record. Callers
 * serialise writes per table (the service's locks); the maps are concurrent so reads need no lock.
 *
 * <p>Every change is first committed to the embedded {@link Store} (durable when it returns, so an acknowledged
 * write survives kill -9) and then to the in-memory maps that serve reads; opening the store loads them back.
 * Keeping everything in memory suits a local runtime's data sizes and keeps reads free of decoding.
 */
public final class DynamoDbStore {

    private static final RecordMap<StoredForms.Table> TABLES =
            new RecordMap<>("dynamodb.tables", StoredForms.Table.class);
    private static final String ITEMS_PREFIX = "dynamodb.items/";
    private static final RecordMap<StoredForms.Record> STREAMS =
            new RecordMap<>("dynamodb.streams", StoredForms.Record.class);
    private static final String META = "dynamodb.meta";
    private static final RecordMap<StoredForms.Tags> TAGS = new RecordMap<>("dynamodb.tags", StoredForms.Tags.class);
    private static final RecordMap<StoredForms.Deleted> DELETED_STREAMS =
            new RecordMap<>("dynamodb.deletedStreams", StoredForms.Deleted.class);
    private static final RecordMap<StoredForms.Token> TRANSACTION_TOKENS =
            new RecordMap<>("dynamodb.transactionTokens", StoredForms.Token.class);
    private static final String LAST_SEQUENCE_NUMBER = "lastSequenceNumber";
    /** Ends the stream ARN in a record's key; a newline cannot occur in an ARN. */
    private static final String RECORD_SEPARATOR = "\n";

    /** Sequence numbers start at 21 digits, as AWS's do, so clients that parse them as big integers work. */
    private static final BigInteger FIRST_SEQUENCE_NUMBER = BigInteger.TEN.pow(20);

    /** A change of one item; {@code item} null deletes it. */
    public record ItemWrite(String table, ItemKey key, Map<String, AttributeValue> item) {
    }

    private final Map<String, TableDefinition> tables = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<ItemKey, Map<String, AttributeValue>>> items = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<BigInteger, StreamRecord>> streams = new ConcurrentHashMap<>();
    /** Per table and index name, the index entries of the table's items, so index queries read one partition. */
    private final Map<String, Map<String, NavigableSet<IndexEntry>>> indexes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> tags = new ConcurrentHashMap<>();
    private final Map<String, DeletedStream> deletedStreams = new ConcurrentHashMap<>();
    private final Map<String, TransactionToken> transactionTokens = new ConcurrentHashMap<>();
    private final AtomicReference<BigInteger> lastSequenceNumber = new AtomicReference<>(FIRST_SEQUENCE_NUMBER);
    private final Store store;

    private DynamoDbStore(Store store) {
        this.store = store;
    }

    /** The DynamoDB state kept in {@code store}, loaded into memory. */
    public static DynamoDbStore open(Store store) {
        DynamoDbStore dynamoDb = new DynamoDbStore(store);
        store.read(view -> {
            for (StoredForms.Table stored : TABLES.list(view, "")) {
                TableDefinition table = stored.definition();
                dynamoDb.tables.put(table.name(), table);
                NavigableMap<ItemKey, Map<String, AttributeValue>> tableItems = new ConcurrentSkipListMap<>();
                view.scan(ITEMS_PREFIX + table.name(), null, null, true, item -> {
                    Map<String, AttributeValue> value = StoredForms.item(item.value());
                    tableItems.put(keyOf(table, value), value);
                    return true;
                });
                dynamoDb.items.put(table.name(), tableItems);
                dynamoDb.indexes.put(table.name(), dynamoDb.buildIndexes(table, Map.of()));
                StoredForms.Tags tableTags = TAGS.get(view, table.name());
                if (tableTags != null) {
                    dynamoDb.tags.put(table.name(), tableTags.tags());
                }
            }
            for (StoredForms.Record stored : STREAMS.list(view, "")) {
                StreamRecord record = stored.streamRecord();
                dynamoDb.streams.computeIfAbsent(record.streamArn(), arn -> new ConcurrentSkipListMap<>())
                        .put(record.sequenceNumber(), record);
            }
            for (StoredForms.Deleted stored : DELETED_STREAMS.list(view, "")) {
                DeletedStream stream = stored.deletedStream();
                dynamoDb.deletedStreams.put(stream.streamArn(), stream);
            }
            for (StoredForms.Token stored : TRANSACTION_TOKENS.list(view, "")) {
                dynamoDb.transactionTokens.put(stored.token(), stored.transactionToken());
            }
            byte[] last = view.get(META, LAST_SEQUENCE_NUMBER);
            if (last != null) {
                dynamoDb.lastSequenceNumber.set(new BigInteger(Keys.string(last)));
            }
            // Numbers drawn for writes that then failed were never stored; new records must still lie above
            // every stream's StartingSequenceNumber.
            for (TableDefinition table : dynamoDb.tables.values()) {
                if (table.stream() != null) {
                    dynamoDb.lastSequenceNumber.accumulateAndGet(table.stream().startingSequenceNumber(),
                            BigInteger::max);
                }
            }
            for (DeletedStream stream : dynamoDb.deletedStreams.values()) {
                dynamoDb.lastSequenceNumber.accumulateAndGet(stream.table().stream().startingSequenceNumber(),
                        BigInteger::max);
            }
            return null;
        });
        return dynamoDb;
    }

    private static ItemKey keyOf(TableDefinition table, Map<String, AttributeValue> item) {
        return new ItemKey(item.get(table.keySchema().hashKey()),
                table.keySchema().rangeKey() == null ? null : item.get(table.keySchema().rangeKey()));
    }

    public Optional<TableDefinition> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public List<TableDefinition> tables() {
        return tables.values().stream().sorted(Comparator.comparing(TableDefinition::name)).toList();
    }

    /** Creates or replaces a table definition; a new table starts empty. */
    public void putTable(TableDefinition table) {
        store.transaction(tx -> TABLES.put(tx, table.name(), StoredForms.Table.of(table)));
        items.computeIfAbsent(table.name(), name -> new ConcurrentSkipListMap<>());
        indexes.put(table.name(), buildIndexes(table, indexes.getOrDefault(table.name(), Map.of())));
        tables.put(table.name(), table);
    }

    /**
     * Removes a table with its items and the records of its earlier streams (a new table of that name starts
     * afresh); {@code kept}, the table's last stream, if it had one, stays readable with its records, as do the
     * streams of tables of that name deleted before.
     */
    public void deleteTable(String name, DeletedStream kept) {
        List<String> tableStreams = streams.keySet().stream().filter(arn -> arn.contains(streamPrefix(name)))
                .filter(arn -> !deletedStreams.containsKey(arn) && (kept == null || !arn.equals(kept.streamArn())))
                .toList();
        store.transaction(tx -> {
            if (kept != null) {
                DELETED_STREAMS.put(tx, kept.streamArn(), StoredForms.Deleted.of(kept));
            }
            TABLES.delete(tx, name);
            TAGS.delete(tx, name);
            tx.clear(ITEMS_PREFIX + name);
            for (String streamArn : tableStreams) {
                byte[] from = Keys.utf8(streamArn + RECORD_SEPARATOR);
                List<byte[]> records = new ArrayList<>();
                tx.scan(STREAMS.name(), from, Keys.prefixEnd(from), true, entry -> records.add(entry.key()));
                records.forEach(key -> tx.delete(STREAMS.name(), key));
            }
        });
        tables.remove(name);
        items.remove(name);
        indexes.remove(name);
        tags.remove(name);
        tableStreams.forEach(streams::remove);
        if (kept != null) {
            deletedStreams.put(kept.streamArn(), kept);
        }
    }

    public Optional<DeletedStream> deletedStream(String streamArn) {
        return Optional.ofNullable(deletedStreams.get(streamArn));
    }

    /** The streams of deleted tables that are still kept, in no particular order. */
    public List<DeletedStream> deletedStreams() {
        return List.copyOf(deletedStreams.values());
    }

    /** The table's tags in the order they were added; empty when it has none. */
    public Map<String, String> tags(String table) {
        return tags.getOrDefault(table, Map.of());
    }

    /** Replaces the table's tags. */
    public void putTags(String table, Map<String, String> newTags) {
        Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(newTags));
        store.transaction(tx -> TAGS.put(tx, table, new StoredForms.Tags(copy)));
        tags.put(table, copy);
    }

    public Optional<Map<String, AttributeValue>> item(String table, ItemKey key) {
        return Optional.ofNullable(items(table).get(key));
    }

    /** The items of a table in DynamoDB's order (a Scan's); a read-only live view. */
    public NavigableMap<ItemKey, Map<String, AttributeValue>> items(String table) {
        NavigableMap<ItemKey, Map<String, AttributeValue>> tableItems = items.get(table);
        return tableItems == null ? new ConcurrentSkipListMap<>()
                : Collections.unmodifiableNavigableMap(tableItems);
    }

    public long itemCount(String table) {
        NavigableMap<ItemKey, Map<String, AttributeValue>> tableItems = items.get(table);
        return tableItems == null ? 0 : tableItems.size();
    }

    /**
     * The entries of a table's index, in index order; empty for an unknown index. Entries may briefly lead to an
     * item that has just changed, so readers check the item they find.
     */
    public NavigableSet<IndexEntry> indexEntries(String table, String indexName) {
        NavigableSet<IndexEntry> entries = indexes.getOrDefault(table, Map.of()).get(indexName);
        return entries == null ? new ConcurrentSkipListSet<>() : Collections.unmodifiableNavigableSet(entries);
    }

    /** The table's index sets: existing ones kept, new indexes filled from the items (UpdateTable adding a GSI). */
    private Map<String, NavigableSet<IndexEntry>> buildIndexes(TableDefinition table,
                                                               Map<String, NavigableSet<IndexEntry>> existing) {
        Map<String, NavigableSet<IndexEntry>> built = new ConcurrentHashMap<>();
        for (SecondaryIndex index : table.indexes()) {
            NavigableSet<IndexEntry> entries = existing.get(index.name());
            if (entries == null) {
                entries = new ConcurrentSkipListSet<>();
                for (Map.Entry<ItemKey, Map<String, AttributeValue>> item : items(table.name()).entrySet()) {
                    IndexEntry entry = indexEntry(index, item.getKey(), item.getValue());
                    if (entry != null) {
                        entries.add(entry);
                    }
                }
            }
            built.put(index.name(), entries);
        }
        return built;
    }

    private void updateIndexes(TableDefinition table, ItemKey key, Map<String, AttributeValue> old,
                               Map<String, AttributeValue> updated) {
        Map<String, NavigableSet<IndexEntry>> tableIndexes = indexes.getOrDefault(table.name(), Map.of());
        for (SecondaryIndex index : table.indexes()) {
            NavigableSet<IndexEntry> entries = tableIndexes.get(index.name());
            if (entries == null) {
                continue;
            }
            IndexEntry before = old == null ? null : indexEntry(index, key, old);
            IndexEntry after = updated == null ? null : indexEntry(index, key, updated);
            if (before != null && !before.equals(after)) {
                entries.remove(before);
            }
            if (after != null) {
                entries.add(after);
            }
        }
    }

    /** The item's entry in the index, or null when the item lacks the index's key attributes. */
    private static IndexEntry indexEntry(SecondaryIndex index, ItemKey key, Map<String, AttributeValue> item) {
        if (!IndexView.contains(index, item)) {
            return null;
        }
        AttributeValue range = index.keySchema().rangeKey() == null ? null : item.get(index.keySchema().rangeKey());
        return new IndexEntry(new ItemKey(item.get(index.keySchema().hashKey()), range), key);
    }

    /** Stream ARNs of a table contain this; stored records are keyed by stream ARN first. */
    private static String streamPrefix(String tableName) {
        return ":table/" + tableName + "/stream/";
    }

    /**
     * Applies item changes and appends their stream records as one step, durable before memory changes; {@code token}
     * (null for none) is kept in the same commit. In memory the records are published before the items, so a reader
     * that sees an item change finds its record.
     */
    public void commit(List<ItemWrite> writes, List<StreamRecord> records, TransactionToken token) {
        store.transaction(tx -> {
            for (ItemWrite write : writes) {
                byte[] key = StoredForms.item(keyItem(write));
                if (write.item() == null) {
                    tx.delete(ITEMS_PREFIX + write.table(), key);
                } else {
                    tx.put(ITEMS_PREFIX + write.table(), key, StoredForms.item(write.item()));
                }
            }
            for (StreamRecord record : records) {
                STREAMS.put(tx, recordKey(record), StoredForms.Record.of(record));
            }
            if (!records.isEmpty()) {
                tx.put(META, LAST_SEQUENCE_NUMBER, Keys.utf8(lastSequenceNumber.get().toString()));
            }
            if (token != null) {
                TRANSACTION_TOKENS.put(tx, token.token(), StoredForms.Token.of(token));
            }
        });
        for (StreamRecord record : records) {
            streams.computeIfAbsent(record.streamArn(), arn -> new ConcurrentSkipListMap<>())
                    .put(record.sequenceNumber(), record);
        }
        for (ItemWrite write : writes) {
            NavigableMap<ItemKey, Map<String, AttributeValue>> tableItems = items.get(write.table());
            if (tableItems == null) {
                continue;
            }
            Map<String, AttributeValue> old = write.item() == null ? tableItems.remove(write.key())
                    : tableItems.put(write.key(), Collections.unmodifiableMap(new LinkedHashMap<>(write.item())));
            updateIndexes(tables.get(write.table()), write.key(), old, write.item());
        }
        if (token != null) {
            transactionTokens.put(token.token(), token);
        }
    }

    /** The earlier use of a transaction token, expired or not, while it is kept. */
    public Optional<TransactionToken> transactionToken(String token) {
        return Optional.ofNullable(transactionTokens.get(token));
    }

    /** Forgets the transaction tokens first used before {@code cutoff}. */
    public void dropTransactionTokensUsedBefore(Instant cutoff) {
        List<TransactionToken> expired = transactionTokens.values().stream()
                .filter(token -> token.firstUsed().isBefore(cutoff)).toList();
        if (!expired.isEmpty()) {
            store.transaction(tx -> expired.forEach(token -> TRANSACTION_TOKENS.delete(tx, token.token())));
            expired.forEach(token -> transactionTokens.remove(token.token(), token));
        }
    }

    /** When the oldest kept transaction token was first used. */
    public Optional<Instant> oldestTransactionToken() {
        return transactionTokens.values().stream().map(TransactionToken::firstUsed).min(Comparator.naturalOrder());
    }

    /** The key attributes of a write, as stored-form key of the item. */
    private Map<String, AttributeValue> keyItem(ItemWrite write) {
        TableDefinition table = tables.get(write.table());
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        key.put(table.keySchema().hashKey(), write.key().hash());
        if (table.keySchema().rangeKey() != null) {
            key.put(table.keySchema().rangeKey(), write.key().range());
        }
        return key;
    }

    /** Sequence numbers zero-padded, so the store's byte order is the stream's order. */
    private static String recordKey(StreamRecord record) {
        return record.streamArn() + RECORD_SEPARATOR + String.format("%040d", record.sequenceNumber());
    }

    /** A new sequence number, greater than every one handed out before. */
    public BigInteger nextSequenceNumber() {
        return lastSequenceNumber.updateAndGet(last -> last.add(BigInteger.ONE));
    }

    /** The greatest sequence number handed out so far: a new stream's records all lie above it. */
    public BigInteger currentSequenceNumber() {
        return lastSequenceNumber.get();
    }

    /**
     * Removes the stream records made before {@code cutoff}, and the streams of tables deleted before it (their
     * records, all made before the deletion, go with them); returns how many records went.
     */
    public int trimStreamRecords(Instant cutoff) {
        List<DeletedStream> dropped = deletedStreams.values().stream()
                .filter(stream -> stream.deleted().isBefore(cutoff)).toList();
        List<StreamRecord> expired = new ArrayList<>();
        for (NavigableMap<BigInteger, StreamRecord> records : streams.values()) {
            for (StreamRecord record : records.values()) {
                if (!record.created().isBefore(cutoff)) {
                    break;
                }
                expired.add(record);
            }
        }
        if (!expired.isEmpty() || !dropped.isEmpty()) {
            store.transaction(tx -> {
                expired.forEach(record -> STREAMS.delete(tx, recordKey(record)));
                dropped.forEach(stream -> DELETED_STREAMS.delete(tx, stream.streamArn()));
            });
            for (StreamRecord record : expired) {
                NavigableMap<BigInteger, StreamRecord> records = streams.get(record.streamArn());
                if (records != null) {
                    records.remove(record.sequenceNumber());
                }
            }
            for (DeletedStream stream : dropped) {
                deletedStreams.remove(stream.streamArn());
                streams.remove(stream.streamArn());
            }
        }
        return expired.size();
    }

    /** When the oldest kept stream record was made or the oldest kept deleted table's stream was deleted. */
    public Optional<Instant> oldestStreamChange() {
        return Stream.concat(
                streams.values().stream().map(NavigableMap::firstEntry).filter(Objects::nonNull)
                        .map(entry -> entry.getValue().created()),
                deletedStreams.values().stream().map(DeletedStream::deleted)).min(Comparator.naturalOrder());
    }

    /** The records of a stream in sequence-number order; empty when it has none. */
    public NavigableMap<BigInteger, StreamRecord> streamRecords(String streamArn) {
        NavigableMap<BigInteger, StreamRecord> records = streams.get(streamArn);
        return records == null ? new ConcurrentSkipListMap<>()
                : Collections.unmodifiableNavigableMap(records);
    }
}
