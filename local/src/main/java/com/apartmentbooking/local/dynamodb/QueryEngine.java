package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.KeyCondition;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Query and Scan over a table or one of its indexes: reads the store's items (or index entries) in DynamoDB's order
 * from after ExclusiveStartKey, one partition for a Query (backwards when ScanIndexForward is false), the segment's
 * run of hashes for a parallel Scan; stops at Limit or after 1 MB read (as AWS does, counting items before the
 * filter), then filters and projects.
 */
final class QueryEngine {

    /** AWS stops a page once this much item data has been read. */
    static final long PAGE_BYTES = 1024 * 1024;

    private final DynamoDbStore store;

    QueryEngine(DynamoDbStore store) {
        this.store = store;
    }

    ItemPage query(QueryRequest request) {
        TableDefinition table = ItemTables.require(store, request.tableName());
        SecondaryIndex index = index(table, request.indexName(), request.consistentRead());
        KeySchema keys = index == null ? table.keySchema() : index.keySchema();
        KeyCondition keyCondition = request.keyCondition().apply(keys);
        checkLimit(request.limit());
        String select = select(request.select(), request.projection(), index);
        AttributeValue partition = keyCondition.partitionValue();
        checkKeyTypes(table, keys, keyCondition);
        Map<String, AttributeValue> start = request.exclusiveStartKey();
        if (start != null) {
            checkStartKey(table, index, start);
            if (!partition.equals(start.get(keys.hashKey()))) {
                throw DynamoDbException.validation("The provided starting key is outside query boundaries based on "
                        + "provided conditions");
            }
        }
        ItemKey from = new ItemKey(partition, null);
        ItemKey to = ItemKey.partitionEnd(partition);
        Stream<Map<String, AttributeValue>> read;
        if (index == null) {
            NavigableMap<ItemKey, Map<String, AttributeValue>> items =
                    store.items(table.name()).subMap(from, true, to, false);
            if (start != null) {
                ItemKey after = itemKey(table.keySchema(), start);
                items = request.scanForward() ? items.tailMap(after, false) : items.headMap(after, false);
            }
            read = (request.scanForward() ? items : items.descendingMap()).values().stream();
        } else {
            NavigableSet<IndexEntry> entries = store.indexEntries(table.name(), index.name())
                    .subSet(new IndexEntry(from, null), true, new IndexEntry(to, null), false);
            if (start != null) {
                IndexEntry after = indexEntry(table, index, start);
                entries = request.scanForward() ? entries.tailSet(after, false) : entries.headSet(after, false);
            }
            read = items(table, index, (request.scanForward() ? entries : entries.descendingSet()).stream());
        }
        return page(table, index, read.filter(keyCondition::matches).iterator(), request.filter(),
                request.projection(), select, request.limit(),
                CapacityUnits.ReadMode.of(request.consistentRead()));
    }

    ItemPage scan(ScanRequest request) {
        TableDefinition table = ItemTables.require(store, request.tableName());
        SecondaryIndex index = index(table, request.indexName(), request.consistentRead());
        checkLimit(request.limit());
        checkSegments(request.segment(), request.totalSegments());
        String select = select(request.select(), request.projection(), index);
        ScanSegment segment = ScanSegment.of(request.segment(), request.totalSegments());
        Map<String, AttributeValue> start = request.exclusiveStartKey();
        if (start != null) {
            checkStartKey(table, index, start);
            KeySchema keys = index == null ? table.keySchema() : index.keySchema();
            if (!segment.contains(itemKey(keys, start))) {
                throw DynamoDbException.validation("The provided starting key is invalid: Invalid ExclusiveStartKey. "
                        + "Please use ExclusiveStartKey with correct Segment. TotalSegments: "
                        + request.totalSegments() + " Segment: " + request.segment());
            }
        }
        Stream<Map<String, AttributeValue>> read;
        if (index == null) {
            NavigableMap<ItemKey, Map<String, AttributeValue>> items = store.items(table.name());
            items = start == null ? items.tailMap(segment.first(), true)
                    : items.tailMap(itemKey(table.keySchema(), start), false);
            read = items.entrySet().stream().takeWhile(entry -> segment.contains(entry.getKey()))
                    .map(Map.Entry::getValue);
        } else {
            NavigableSet<IndexEntry> entries = store.indexEntries(table.name(), index.name());
            entries = start == null ? entries.tailSet(new IndexEntry(segment.first(), null), true)
                    : entries.tailSet(indexEntry(table, index, start), false);
            read = items(table, index, entries.stream().takeWhile(entry -> segment.contains(entry.indexKey())));
        }
        return page(table, index, read.iterator(), request.filter(), request.projection(), select, request.limit(),
                CapacityUnits.ReadMode.of(request.consistentRead()));
    }

    /** The items of index entries in their order; an entry an item no longer matches (a change under way) is skipped. */
    private Stream<Map<String, AttributeValue>> items(TableDefinition table, SecondaryIndex index,
                                                      Stream<IndexEntry> entries) {
        Map<ItemKey, Map<String, AttributeValue>> items = store.items(table.name());
        return entries.map(entry -> {
            Map<String, AttributeValue> item = items.get(entry.tableKey());
            return item != null && IndexView.contains(index, item)
                    && entry.indexKey().equals(itemKey(index.keySchema(), item)) ? item : null;
        }).filter(Objects::nonNull);
    }

    /**
     * Reads up to Limit items, or until 1 MB has been read, then filters and projects. LastEvaluatedKey is the key of
     * the last item read whenever reading stopped there, even when no item follows, as DynamoDB answers.
     */
    private ItemPage page(TableDefinition table, SecondaryIndex index, Iterator<Map<String, AttributeValue>> read,
                          Condition filter, Projection projection, String select, Integer limit,
                          CapacityUnits.ReadMode readMode) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        // What was read, for the capacity: whole items of the table, entries of the index.
        long tableBytes = 0;
        long indexBytes = 0;
        boolean fetchesFromTable = fetchesFromTable(table, index, select, projection);
        Map<String, AttributeValue> last = null;
        boolean stopped = false;
        while (!stopped && read.hasNext()) {
            Map<String, AttributeValue> item = read.next();
            scanned++;
            bytes += ItemSizes.of(item);
            Map<String, AttributeValue> entry = index == null ? null : IndexView.project(table, index, item);
            if (entry != null) {
                indexBytes += ItemSizes.of(entry);
            }
            if (entry == null || fetchesFromTable) {
                tableBytes += ItemSizes.of(item);
            }
            Map<String, AttributeValue> visible = entry == null || fetchesFromTable ? item : entry;
            if (filter == null || filter.test(visible)) {
                count++;
                if (!select.equals("COUNT")) {
                    items.add(projection == null ? visible : projection.apply(visible));
                }
            }
            last = item;
            stopped = (limit != null && scanned >= limit) || bytes >= PAGE_BYTES;
        }
        Map<String, AttributeValue> lastEvaluated = stopped ? IndexView.keys(table, index, last) : null;
        return new ItemPage(items, count, scanned, lastEvaluated,
                readCapacity(table, index, tableBytes, indexBytes, readMode));
    }

    /**
     * Whether a read of a local index also reads the table's items: to answer attributes the index does not
     * project (ALL_ATTRIBUTES, or a projection naming one), as AWS fetches them from the table. A global index
     * cannot be asked for those.
     */
    private static boolean fetchesFromTable(TableDefinition table, SecondaryIndex index, String select,
                                            Projection projection) {
        if (index == null || index.global() || index.projectionType().equals("ALL")) {
            return false;
        }
        return select.equals("ALL_ATTRIBUTES") || projection != null && projection.attributeNames().stream()
                .anyMatch(name -> !IndexView.projects(table, index, name));
    }

    /**
     * Items read together are rounded to 4 KB as a whole, the table's reads and the index's apart; a read that finds
     * nothing still costs the least a read costs, on the table or index it read.
     */
    private static ConsumedCapacity readCapacity(TableDefinition table, SecondaryIndex index, long tableBytes,
                                                 long indexBytes, CapacityUnits.ReadMode readMode) {
        ConsumedCapacity capacity = ConsumedCapacity.reads(table.name());
        double tableUnits = CapacityUnits.bulkRead(tableBytes, readMode);
        double indexUnits = CapacityUnits.bulkRead(indexBytes, readMode);
        if (tableUnits + indexUnits == 0) {
            if (index == null) {
                tableUnits = CapacityUnits.minimumRead(readMode);
            } else {
                indexUnits = CapacityUnits.minimumRead(readMode);
            }
        }
        capacity.addTable(tableUnits);
        if (index != null) {
            capacity.addIndex(index, indexUnits);
        }
        return capacity;
    }

    private static SecondaryIndex index(TableDefinition table, String indexName, boolean consistentRead) {
        if (indexName == null) {
            return null;
        }
        if (table.creatingIndex(indexName)) {
            throw DynamoDbException.validation("Cannot read from backfilling global secondary index");
        }
        SecondaryIndex index = table.index(indexName).orElseThrow(() -> DynamoDbException.validation(
                "The table does not have the specified index: " + indexName));
        if (index.global() && consistentRead) {
            throw DynamoDbException.validation("Consistent reads are not supported on global secondary indexes");
        }
        return index;
    }

    private static String select(String select, Projection projection, SecondaryIndex index) {
        if (select == null) {
            return projection != null ? "SPECIFIC_ATTRIBUTES" : index == null ? "ALL_ATTRIBUTES"
                    : "ALL_PROJECTED_ATTRIBUTES";
        }
        switch (select) {
            case "ALL_ATTRIBUTES", "COUNT", "SPECIFIC_ATTRIBUTES" -> {
            }
            case "ALL_PROJECTED_ATTRIBUTES" -> {
                if (index == null) {
                    throw DynamoDbException.validation(
                            "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
                }
            }
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + select
                    + "' at 'select' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
        }
        if (select.equals("ALL_ATTRIBUTES") && index != null && index.global()
                && !index.projectionType().equals("ALL")) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES "
                    + "is not supported for global secondary index " + index.name()
                    + " because its projection type is not ALL");
        }
        if (projection != null && !select.equals("SPECIFIC_ATTRIBUTES")) {
            throw DynamoDbException.validation("Cannot specify the AttributesToGet when choosing to get only the "
                    + (select.equals("COUNT") ? "Count" : select));
        }
        return select;
    }

    /** Key condition values must have the key attributes' declared types. */
    private static void checkKeyTypes(TableDefinition table, KeySchema keys, KeyCondition keyCondition) {
        boolean partitionFits = keyCondition.partitionValue().type()
                .equals(table.attributeDefinitions().get(keys.hashKey()));
        KeyCondition.SortKeyCondition sort = keyCondition.sortCondition();
        String sortType = keys.rangeKey() == null ? null : table.attributeDefinitions().get(keys.rangeKey());
        boolean sortFits = sort == null || (sort.value().type().equals(sortType)
                && (sort.high() == null || sort.high().type().equals(sortType)));
        if (!partitionFits || !sortFits) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
        }
    }

    private static void checkLimit(Integer limit) {
        if (limit != null && limit < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' "
                    + "failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
    }

    private static void checkSegments(Integer segment, Integer totalSegments) {
        if (segment == null && totalSegments == null) {
            return;
        }
        if (totalSegments == null) {
            throw DynamoDbException.validation("The TotalSegments parameter is required but was not present in the "
                    + "request when Segment parameter is present");
        }
        if (segment == null) {
            throw DynamoDbException.validation("The Segment parameter is required but was not present in the request "
                    + "when parameter TotalSegments is present");
        }
        if (totalSegments < 1 || totalSegments > 1_000_000) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + totalSegments + "' at "
                    + "'totalSegments' failed to satisfy constraint: Member must have value "
                    + (totalSegments < 1 ? "greater than or equal to 1" : "less than or equal to 1000000"));
        }
        if (segment < 0 || segment >= totalSegments) {
            throw DynamoDbException.validation("The Segment parameter is zero-based and must be less than parameter "
                    + "TotalSegments: Segment: " + segment + " is not less than TotalSegments: " + totalSegments);
        }
    }

    private static void checkStartKey(TableDefinition table, SecondaryIndex index, Map<String, AttributeValue> start) {
        Map<String, AttributeValue> expected = IndexView.keys(table, index, start);
        boolean complete = expected.size() == start.size() && expected.entrySet().stream().allMatch(entry ->
                entry.getValue() != null
                        && entry.getValue().type().equals(table.attributeDefinitions().get(entry.getKey())));
        if (!complete) {
            throw DynamoDbException.validation(
                    "The provided starting key is invalid: The provided key element does not match the schema");
        }
    }

    /** Where an ExclusiveStartKey (table and index keys) lies in the index. */
    private static IndexEntry indexEntry(TableDefinition table, SecondaryIndex index, Map<String, AttributeValue> key) {
        return new IndexEntry(itemKey(index.keySchema(), key), itemKey(table.keySchema(), key));
    }

    private static ItemKey itemKey(KeySchema keys, Map<String, AttributeValue> item) {
        return new ItemKey(item.get(keys.hashKey()), keys.rangeKey() == null ? null : item.get(keys.rangeKey()));
    }
}
