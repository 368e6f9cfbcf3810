package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.clock.Clock;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.IndexRequest;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.StreamRequest;
import com.apartmentbooking.local.dynamodb.UpdateTableRequest.GlobalIndexUpdate;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.expression.Update;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * DynamoDB's behaviour, the one entry point of the protocol adapters: tables and single items here (validation
 * with AWS's texts, conditional writes that are atomic per item because read-check-write runs under the table's
 * lock, ReturnValues, a stream record for every change); queries, scans, batches and transactions delegate to
 * their own classes, which build on the same pieces.
 */
public final class DynamoDbService {

    private static final Set<String> VIEW_TYPES = Set.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES");
    private static final DateTimeFormatter STREAM_LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final DynamoDbStore store;
    private final Clock clock;
    private final TableArns arns;
    private final TaggedResourceArns taggedArns;
    private final TableLocks locks;
    private final ItemWrites writes;
    private final Housekeeping housekeeping;
    private final QueryEngine queries;
    private final Batches batches;
    private final Transactions transactions;
    private final ItemCollections itemCollections;
    private final StreamActivity streamActivity;
    private final TableLifecycle lifecycle;

    DynamoDbService(DynamoDbStore store, Clock clock, TableArns arns, TableLocks locks, ItemWrites writes,
                    TransactionTokens tokens, Housekeeping housekeeping, StreamActivity streamActivity,
                    TableLifecycle lifecycle) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.streamActivity = streamActivity;
        this.clock = clock;
        this.arns = arns;
        this.taggedArns = new TaggedResourceArns(arns);
        this.locks = locks;
        this.writes = writes;
        this.housekeeping = housekeeping;
        this.queries = new QueryEngine(store);
        this.batches = new Batches(store, locks, writes);
        this.transactions = new Transactions(store, locks, writes, tokens, clock);
        this.itemCollections = new ItemCollections(store);
    }

    public TableArns arns() {
        return arns;
    }

    /** Where readers of the tables' streams hear of appended records. */
    public StreamActivity streamActivity() {
        return streamActivity;
    }

    public Clock clock() {
        return clock;
    }

    // ---- tables -------------------------------------------------------------------------------------------

    /** The table as CreateTable answers it, CREATING; it becomes ACTIVE after the lifecycle's delay. */
    public TableDefinition createTable(CreateTableRequest request) {
        CreateTableChecks.check(request);
        String name = request.tableName();
        KeySchema keySchema = TableSpecs.keySchema(request.keySchema());
        Map<String, String> definitions = request.attributeDefinitions();
        List<SecondaryIndex> indexes = new ArrayList<>();
        for (IndexRequest gsi : orEmpty(request.globalIndexes())) {
            indexes.add(TableSpecs.index(gsi, true, request.billingMode()));
        }
        for (IndexRequest lsi : orEmpty(request.localIndexes())) {
            indexes.add(TableSpecs.index(lsi, false, request.billingMode()));
        }
        TableSpecs.checkAttributeDefinitions(keySchema, indexes, definitions);
        long[] capacity = TableSpecs.capacity(request.billingMode(), request.readCapacity(),
                request.writeCapacity());
        TableStream stream = null;
        if (request.stream() != null && request.stream().enabled()) {
            stream = newStream(name, request.stream());
        }
        try (TableLocks.Held held = locks.lock(name)) {
            if (store.table(name).isPresent()) {
                throw DynamoDbException.resourceInUse("Table already exists: " + name);
            }
            TableDefinition table = new TableDefinition(name, UUID.randomUUID().toString(), clock.now(),
                    keySchema, definitions, TableSpecs.billingMode(request.billingMode()), capacity[0], capacity[1],
                    indexes, stream, null, request.deletionProtection())
                    .withStatus(TableStatus.creating(lifecycle.due()));
            store.putTable(table);
            if (!request.tags().isEmpty()) {
                store.putTags(name, checkedTags(request.tags()));
            }
            lifecycle.changed(table);
            return table;
        }
    }

    private static List<IndexRequest> orEmpty(List<IndexRequest> indexes) {
        return indexes == null ? List.of() : indexes;
    }

    public TableDefinition describeTable(String name) {
        return store.table(name).orElseThrow(() -> tableNotFound(name));
    }

    /** Table names after {@code exclusiveStart} (null: from the start), at most {@code limit} (1 to 100). */
    public List<String> listTables(String exclusiveStart, int limit) {
        if (limit < 1 || limit > 100) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' failed "
                    + "to satisfy constraint: Member must have value " + (limit < 1
                    ? "greater than or equal to 1" : "less than or equal to 100"));
        }
        return store.tables().stream().map(TableDefinition::name)
                .filter(name -> exclusiveStart == null || name.compareTo(exclusiveStart) > 0)
                .limit(limit).toList();
    }

    public boolean hasTableAfter(String name) {
        return store.tables().stream().anyMatch(table -> table.name().compareTo(name) > 0);
    }

    /**
     * The table as DeleteTable answers it, DELETING: it takes no more item operations, its stream is disabled at
     * once, and it goes away with its items after the lifecycle's delay.
     */
    public TableDefinition deleteTable(String name) {
        try (TableLocks.Held held = locks.lock(name)) {
            TableDefinition table = describeTable(name);
            if (!table.status().active()) {
                throw table.status().inUse(name);
            }
            if (table.deletionProtection()) {
                throw DynamoDbException.validation("Resource cannot be deleted as it is currently protected against "
                        + "deletion. Disable deletion protection first.");
            }
            TableDefinition deleting = (table.stream() == null ? table : table.withStream(table.stream().disabled()))
                    .withStatus(TableStatus.deleting(lifecycle.due()));
            store.putTable(deleting);
            lifecycle.changed(deleting);
            return deleting;
        }
    }

    /**
     * The table as UpdateTable answers it: UPDATING, with its old capacities and indexes (a new index CREATING, a
     * removed one DELETING) until the lifecycle's delay has passed. Stream and deletion protection change at once.
     */
    public TableDefinition updateTable(UpdateTableRequest request) {
        UpdateTableChecks.check(request);
        List<GlobalIndexUpdate> indexUpdates = request.indexUpdates() == null ? List.of() : request.indexUpdates();
        try (TableLocks.Held held = locks.lock(request.tableName())) {
            TableDefinition table = describeTable(request.tableName());
            if (!table.status().active()) {
                throw table.status().inUse(table.name());
            }
            Map<String, String> definitions = new LinkedHashMap<>(table.attributeDefinitions());
            if (request.attributeDefinitions() != null) {
                definitions.putAll(request.attributeDefinitions());
            }
            String mode = request.billingMode() != null ? TableSpecs.billingMode(request.billingMode())
                    : table.billingMode();
            List<SecondaryIndex> indexes = new ArrayList<>(table.indexes());
            boolean created = false;
            for (GlobalIndexUpdate update : indexUpdates) {
                if (update.delete() != null) {
                    indexes.remove(existingGlobalIndex(indexes, update.delete()));
                } else if (update.update() != null) {
                    SecondaryIndex index = existingGlobalIndex(indexes, update.update().indexName());
                    long[] capacity = TableSpecs.capacity(mode, update.update().readCapacity(),
                            update.update().writeCapacity());
                    UpdateTableChecks.checkChanges(index.readCapacity(), index.writeCapacity(), capacity[0],
                            capacity[1]);
                    indexes.set(indexes.indexOf(index), new SecondaryIndex(index.name(), true, index.keySchema(),
                            index.projectionType(), index.nonKeyAttributes(), capacity[0], capacity[1]));
                } else {
                    if (table.index(update.create().name()).isPresent()) {
                        throw DynamoDbException.validation("One or more parameter values were invalid: Attempting to "
                                + "create an index which already exists");
                    }
                    indexes.add(TableSpecs.index(update.create(), true, mode));
                    created = true;
                }
            }
            if (request.attributeDefinitions() != null || created) {
                TableSpecs.checkAttributeDefinitions(table.keySchema(), indexes, definitions);
            }
            TableDefinition updated = table.withIndexes(indexes, definitions);
            if (request.billingMode() != null || request.readCapacity() != null || request.writeCapacity() != null) {
                long[] capacity = TableSpecs.capacity(mode, request.readCapacity(), request.writeCapacity());
                if (request.readCapacity() != null && mode.equals(table.billingMode())) {
                    UpdateTableChecks.checkChanges(table.readCapacity(), table.writeCapacity(), capacity[0],
                            capacity[1]);
                }
                updated = updated.withCapacity(mode, capacity[0], capacity[1]);
            }
            if (request.stream() != null) {
                updated = updated.withStream(updatedStream(table, request.stream()));
            }
            if (request.deletionProtection() != null) {
                updated = updated.withDeletionProtection(request.deletionProtection());
            }
            TableDefinition updating = table.withStream(updated.stream())
                    .withDeletionProtection(updated.deletionProtection())
                    .withThroughputChanges(table.throughputChanges().requested(table, updated, clock.now()))
                    .withStatus(TableStatus.updating(lifecycle.due(), updated));
            store.putTable(updating);
            lifecycle.changed(updating);
            return updating;
        }
    }

    private static SecondaryIndex existingGlobalIndex(List<SecondaryIndex> indexes, String name) {
        return indexes.stream().filter(index -> index.global() && index.name().equals(name)).findFirst()
                .orElseThrow(() -> DynamoDbException.resourceNotFound("Requested resource not found: Index: " + name
                        + " not found"));
    }

    public long itemCount(String table) {
        return store.itemCount(table);
    }

    public long tableSizeBytes(String table) {
        return store.items(table).values().stream().mapToLong(ItemSizes::of).sum();
    }

    /** Items of one index: those that carry the index's key attributes. */
    public long indexItemCount(String table, SecondaryIndex index) {
        return store.items(table).values().stream().filter(item -> IndexView.contains(index, item)).count();
    }

    private TableStream updatedStream(TableDefinition table, StreamRequest request) {
        if (request.enabled()) {
            if (table.streamEnabled()) {
                throw DynamoDbException.validation("Table already has an enabled stream: TableName: "
                        + table.name() + " StreamArn: " + table.stream().arn(arns.table(table.name())));
            }
            return newStream(table.name(), request);
        }
        if (!table.streamEnabled()) {
            throw DynamoDbException.validation("Table already has stream disabled: TableName: " + table.name());
        }
        return table.stream().disabled();
    }

    private TableStream newStream(String tableName, StreamRequest request) {
        if (request.viewType() == null) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: You must specify a StreamViewType when enabling a "
                            + "stream");
        }
        if (!VIEW_TYPES.contains(request.viewType())) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + request.viewType()
                    + "' at 'streamSpecification.streamViewType' failed to satisfy constraint: Member must satisfy "
                    + "enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]");
        }
        Instant now = clock.now();
        // The label, the creation time to the millisecond, ends the stream ARN; a deleted table of the same name
        // may still have a readable stream with this label, and the new stream must not share its ARN.
        Instant labelled = now;
        while (store.deletedStream(arns.table(tableName) + "/stream/" + label(labelled)).isPresent()) {
            labelled = labelled.plusMillis(1);
        }
        String label = label(labelled);
        // AWS shard ids: "shardId-" + 20 digits + "-" + 8 hex digits.
        String shardId = String.format("shardId-%020d-%s", now.toEpochMilli(),
                UUID.randomUUID().toString().substring(0, 8));
        return new TableStream(label, request.viewType(), true, shardId, store.currentSequenceNumber());
    }

    private static String label(Instant created) {
        return LocalDateTime.ofInstant(created, ZoneOffset.UTC).format(STREAM_LABEL);
    }

    static DynamoDbException tableNotFound(String name) {
        return DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
    }

    // ---- items --------------------------------------------------------------------------------------------

    /**
     * The item with that key, projected (null projection: whole item), or null when there is none. A read costs the
     * whole item's size, whatever the projection.
     */
    public ItemResult getItem(String tableName, Map<String, AttributeValue> key, Projection projection,
                              boolean consistentRead) {
        TableDefinition table = ItemTables.require(store, tableName);
        ItemKey itemKey = PrimaryKeys.fromKey(table, key);
        if (projection != null) {
            PrimaryKeys.checkPathsIntoKeys(table, projection.paths());
        }
        Map<String, AttributeValue> item = store.item(tableName, itemKey).orElse(null);
        ConsumedCapacity capacity = ConsumedCapacity.reads(tableName);
        capacity.addTable(CapacityUnits.itemRead(item, CapacityUnits.ReadMode.of(consistentRead)));
        return new ItemResult(item == null || projection == null ? item : projection.apply(item), capacity);
    }

    /** Returns the attributes ReturnValues asked for (null when none). */
    public ItemResult putItem(String tableName, Map<String, AttributeValue> item, WriteOptions options) {
        checkPut(item, options.returnValues());
        try (TableLocks.Held held = locks.lock(tableName)) {
            TableDefinition table = ItemTables.require(store, tableName);
            ItemKey key = PrimaryKeys.fromItem(table, item);
            Map<String, AttributeValue> old = store.item(tableName, key).orElse(null);
            ItemChecks.checkCondition(options, old);
            writes.write(table, key, old, item);
            return written(table, old, item, "ALL_OLD".equals(options.returnValues()) ? old : null);
        }
    }

    public ItemResult deleteItem(String tableName, Map<String, AttributeValue> key, WriteOptions options) {
        requireReturnValues(options.returnValues(), "NONE", "ALL_OLD");
        try (TableLocks.Held held = locks.lock(tableName)) {
            TableDefinition table = ItemTables.require(store, tableName);
            ItemKey itemKey = PrimaryKeys.fromKey(table, key);
            Map<String, AttributeValue> old = store.item(tableName, itemKey).orElse(null);
            ItemChecks.checkCondition(options, old);
            writes.write(table, itemKey, old, null);
            return written(table, old, null, "ALL_OLD".equals(options.returnValues()) ? old : null);
        }
    }

    public ItemResult updateItem(String tableName, Map<String, AttributeValue> key, Update update,
                                 WriteOptions options) {
        requireReturnValues(options.returnValues(), "NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
        try (TableLocks.Held held = locks.lock(tableName)) {
            TableDefinition table = ItemTables.require(store, tableName);
            ItemKey itemKey = PrimaryKeys.fromKey(table, key);
            // What the update may not change is refused before the condition is evaluated, as AWS does.
            ItemChecks.checkUpdate(table, update);
            Map<String, AttributeValue> old = store.item(tableName, itemKey).orElse(null);
            ItemChecks.checkCondition(options, old);
            Map<String, AttributeValue> updated = ItemChecks.applyUpdate(table, key, old, update);
            writes.write(table, itemKey, old, updated);
            return written(table, old, updated, returnedAttributes(options.returnValues(), update, old, updated));
        }
    }

    private static ItemResult written(TableDefinition table, Map<String, AttributeValue> old,
                                      Map<String, AttributeValue> updated, Map<String, AttributeValue> returned) {
        ConsumedCapacity capacity = ConsumedCapacity.writes(table.name());
        CapacityUnits.chargeWrite(capacity, table, old, updated);
        return new ItemResult(returned, capacity);
    }

    /**
     * The size of the item collection the item (or key) belongs to, for ReturnItemCollectionMetrics; empty when the
     * table has no local secondary index, as AWS then reports none.
     */
    public Optional<ItemCollectionMetrics> itemCollectionMetrics(String tableName,
                                                                 Map<String, AttributeValue> itemOrKey) {
        return itemCollections.metrics(ItemTables.require(store, tableName), itemOrKey);
    }

    /**
     * The item collections a batch or transaction wrote items (or keys) of, by table, each collection once in the
     * order written; tables without a local secondary index are left out.
     */
    public Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics(
            Map<String, List<Map<String, AttributeValue>>> writtenByTable) {
        Map<String, List<ItemCollectionMetrics>> byTable = new LinkedHashMap<>();
        writtenByTable.forEach((tableName, written) -> {
            TableDefinition table = ItemTables.require(store, tableName);
            Set<AttributeValue> partitions = new HashSet<>();
            List<ItemCollectionMetrics> collections = new ArrayList<>();
            for (Map<String, AttributeValue> itemOrKey : written) {
                if (partitions.add(itemOrKey.get(table.keySchema().hashKey()))) {
                    itemCollections.metrics(table, itemOrKey).ifPresent(collections::add);
                }
            }
            if (!collections.isEmpty()) {
                byTable.put(tableName, collections);
            }
        });
        return byTable;
    }

    /** UPDATED_OLD/UPDATED_NEW return just the paths the update names (nested ones as nested values), as AWS does. */
    private static Map<String, AttributeValue> returnedAttributes(String returnValues, Update update,
                                                                  Map<String, AttributeValue> old,
                                                                  Map<String, AttributeValue> updated) {
        return switch (returnValues) {
            case "ALL_OLD" -> old;
            case "ALL_NEW" -> updated;
            case "UPDATED_OLD" -> old == null ? null : nonEmpty(new Projection(update.paths()).apply(old));
            case "UPDATED_NEW" -> nonEmpty(new Projection(update.paths()).apply(updated));
            default -> null;
        };
    }

    private static Map<String, AttributeValue> nonEmpty(Map<String, AttributeValue> attributes) {
        return attributes.isEmpty() ? null : attributes;
    }

    /**
     * A Put's checks that need neither the table nor its condition, in DynamoDB's order: ReturnValues, then the item
     * size (an oversized item is refused before Expected or ConditionExpression is read).
     */
    static void checkPut(Map<String, AttributeValue> item, String returnValues) {
        requireReturnValues(returnValues, "NONE", "ALL_OLD");
        ItemChecks.checkSize(item);
    }

    private static void requireReturnValues(String value, String... allowed) {
        if (!List.of(allowed).contains(value)) {
            if (List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW").contains(value)) {
                throw DynamoDbException.validation("ReturnValues can only be ALL_OLD or NONE");
            }
            throw DynamoDbException.validation("1 validation error detected: Value '" + value + "' at "
                    + "'returnValues' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
        }
    }

    // ---- reads of many items and writes of many items ----------------------------------------------------

    public ItemPage query(QueryRequest request) {
        return queries.query(request);
    }

    public ItemPage scan(ScanRequest request) {
        return queries.scan(request);
    }

    /** Items found per table (missing keys are left out), in request order, and the keys left unprocessed. */
    public BatchGetResult batchGetItem(Map<String, BatchGetRequest> request) {
        return batches.get(request);
    }

    /** The capacity each table's writes consumed, in the order the tables were named. */
    public List<ConsumedCapacity> batchWriteItem(Map<String, List<BatchWriteRequest>> request) {
        return batches.write(request);
    }

    /**
     * A repeated ClientRequestToken with equal actions succeeds without writing again (see Transactions). Returns
     * the capacity consumed per table, in the order the actions first name them.
     */
    public List<ConsumedCapacity> transactWriteItems(List<TransactWriteAction> actions, String clientRequestToken) {
        // Item sizes need no table: AWS refuses an oversized Put before it looks at any table.
        actions.stream().map(TransactWriteAction::item).filter(Objects::nonNull)
                .forEach(ItemChecks::checkSize);
        return transactions.write(actions, clientRequestToken);
    }

    /** One entry per action, null where the item does not exist, and the capacity consumed per table. */
    public TransactGetResult transactGetItems(List<TransactGetAction> actions) {
        return transactions.get(actions);
    }

    // ---- streams, as DynamoDB Streams reads them ----------------------------------------------------------

    /** All tables in name order (ListStreams lists the streams of those that have one). */
    public List<TableDefinition> tables() {
        return store.tables();
    }

    /**
     * The table a stream ARN belongs to: the existing table whose latest stream it is, or else the deleted table
     * whose stream it was, while that stream is kept.
     */
    public Optional<TableDefinition> tableOfStream(String streamArn) {
        String tableName = arns.tableNameOf(streamArn);
        return tableName == null ? Optional.empty() : store.table(tableName)
                .filter(table -> table.stream() != null
                        && table.stream().arn(arns.table(table.name())).equals(streamArn))
                .or(() -> store.deletedStream(streamArn).map(DeletedStream::table));
    }

    /** The streams of deleted tables still kept (ListStreams lists them with the existing tables' streams). */
    public List<DeletedStream> deletedStreams() {
        return store.deletedStreams();
    }

    /** The stream's records in sequence-number order. */
    public NavigableMap<BigInteger, StreamRecord> streamRecords(String streamArn) {
        return store.streamRecords(streamArn);
    }

    /** The greatest sequence number handed out so far, across all streams. */
    public BigInteger currentSequenceNumber() {
        return store.currentSequenceNumber();
    }

    // ---- tags ---------------------------------------------------------------------------------------------

    /** {@code tags} is {@code null} when the request has none. */
    public void tagResource(String resourceArn, Map<String, String> tags) {
        TaggedResourceArns.requirePresent(resourceArn);
        taggedArns.requireAuthorized("TagResource", resourceArn);
        if (tags == null) {
            throw WireRequests.missing("Tags");
        }
        TaggedResourceArns.requireTableArn(resourceArn);
        if (tags.isEmpty()) {
            throw DynamoDbException.validation("Atleast one Tag needs to be provided as Input.");
        }
        String name = taggedTable(resourceArn, "Requested resource not found: ResourcArn: " + resourceArn
                + " not found");
        try (TableLocks.Held held = locks.lock(name)) {
            Map<String, String> merged = new LinkedHashMap<>(store.tags(name));
            merged.putAll(tags);
            store.putTags(name, checkedTags(merged));
        }
    }

    /** {@code tagKeys} is {@code null} when the request has none. */
    public void untagResource(String resourceArn, List<String> tagKeys) {
        TaggedResourceArns.requirePresent(resourceArn);
        taggedArns.requireAuthorized("UntagResource", resourceArn);
        if (tagKeys == null) {
            throw WireRequests.missing("TagKeys");
        }
        TaggedResourceArns.requireTableArn(resourceArn);
        if (tagKeys.isEmpty()) {
            throw DynamoDbException.validation("Atleast one Tag Key needs to be provided as Input.");
        }
        String name = taggedTable(resourceArn, "Requested resource not found");
        try (TableLocks.Held held = locks.lock(name)) {
            Map<String, String> remaining = new LinkedHashMap<>(store.tags(name));
            tagKeys.forEach(remaining::remove);
            store.putTags(name, remaining);
        }
    }

    public Map<String, String> listTagsOfResource(String resourceArn) {
        TaggedResourceArns.requirePresent(resourceArn);
        taggedArns.requireAuthorized("ListTagsOfResource", resourceArn);
        TaggedResourceArns.requireTableArn(resourceArn);
        return store.tags(taggedTable(resourceArn, "Requested resource not found: ResourcArn: " + resourceArn
                + " not found"));
    }

    /** Tags belong to tables of this region, named by ARN; DynamoDB words "not found" differently per operation. */
    private String taggedTable(String resourceArn, String notFound) {
        String name = taggedArns.tableName(resourceArn);
        if (name == null || store.table(name).isEmpty()) {
            throw DynamoDbException.resourceNotFound(notFound);
        }
        return name;
    }

    /** AWS allows 50 tags per resource. */
    private static Map<String, String> checkedTags(Map<String, String> tags) {
        if (tags.size() > 50) {
            throw DynamoDbException.limitExceeded("Too many tags: a table can have at most 50 tags");
        }
        return tags;
    }

    // ---- time to live -------------------------------------------------------------------------------------

    public void updateTimeToLive(String tableName, String attributeName, boolean enabled) {
        if (attributeName.isEmpty()) {
            throw DynamoDbException.validation("TimeToLiveSpecification.AttributeName must be non empty");
        }
        try (TableLocks.Held held = locks.lock(tableName)) {
            TableDefinition table = describeTable(tableName);
            if (enabled && table.ttlAttribute() != null) {
                throw DynamoDbException.validation("TimeToLive is already enabled");
            }
            if (!enabled && table.ttlAttribute() == null) {
                throw DynamoDbException.validation("TimeToLive is already disabled");
            }
            if (!enabled && !table.ttlAttribute().equals(attributeName)) {
                throw DynamoDbException.validation("TimeToLive is active on a different AttributeName: current "
                        + "AttributeName is " + table.ttlAttribute());
            }
            store.putTable(table.withTtlAttribute(enabled ? attributeName : null));
            if (enabled) {
                // The table's items may already hold expired or expiring times: the sweep finds them.
                housekeeping.dueBy(clock.now());
            }
        }
    }
}
