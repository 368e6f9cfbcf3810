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
        ReadChecks.beforeTable(request.limit(), null, null, request.select(), request.projection(),
                request.indexName());
        TableDefinition table = ItemTables.require(store, request.tableName());
        SecondaryIndex index = ReadChecks.index(table, request.indexName(), request.consistentRead());
        KeySchema keys = index == null ? table.keySchema() : index.keySchema();
        KeyCondition keyCondition = ReadChecks.query(table, index, request);
        String select = select(request.select(), request.projection(), index);
        AttributeValue partition = keyCondition.partitionValue();
        Map<String, AttributeValue> start = request.exclusiveStartKey();
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
        ReadChecks.beforeTable(request.limit(), request.segment(), request.totalSegments(), request.select(),
                request.projection(), request.indexName());
        TableDefinition table = ItemTables.require(store, request.tableName());
        SecondaryIndex index = ReadChecks.index(table, request.indexName(), request.consistentRead());
        ReadChecks.scan(table, index, request);
        String select = select(request.select(), request.projection(), index);
        ScanSegment segment = ScanSegment.of(request.segment(), request.totalSegments());
        Map<String, AttributeValue> start = request.exclusiveStartKey();
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

    /** The Select in effect: as requested (checked by {@link ReadChecks}), or the default for the request. */
    private static String select(String select, Projection projection, SecondaryIndex index) {
        if (select != null) {
            return select;
        }
        return projection != null ? "SPECIFIC_ATTRIBUTES" : index == null ? "ALL_ATTRIBUTES"
                : "ALL_PROJECTED_ATTRIBUTES";
    }

    /** Where an ExclusiveStartKey (table and index keys) lies in the index. */
    private static IndexEntry indexEntry(TableDefinition table, SecondaryIndex index, Map<String, AttributeValue> key) {
        return new IndexEntry(itemKey(index.keySchema(), key), itemKey(table.keySchema(), key));
    }

    private static ItemKey itemKey(KeySchema keys, Map<String, AttributeValue> item) {
        return new ItemKey(item.get(keys.hashKey()), keys.rangeKey() == null ? null : item.get(keys.rangeKey()));
    }
}
