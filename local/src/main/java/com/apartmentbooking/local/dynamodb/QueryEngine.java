package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.KeyCondition;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import com.apartmentbooking.local.dynamodb.value.ItemSizes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Query and Scan over a table or one of its indexes: picks the candidate items in key order, resumes after
 * ExclusiveStartKey, stops at Limit or after 1 MB read (as AWS does, counting items before the filter), then
 * filters and projects.
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
        SecondaryIndex index = ReadChecks.index(table, request.indexName(), request.consistentRead(), false);
        KeySchema keys = index == null ? table.keySchema() : index.keySchema();
        KeyCondition keyCondition = ReadChecks.query(table, index, request);
        String select = select(request.select(), request.projection(), index);
        AttributeValue partition = keyCondition.partitionValue();
        List<Map<String, AttributeValue>> candidates = new ArrayList<>();
        if (index == null) {
            for (Map<String, AttributeValue> item : store.items(table.name())
                    .tailMap(new ItemKey(partition, null), true).values()) {
                if (!partition.equals(item.get(keys.hashKey()))) {
                    break;
                }
                if (keyCondition.matches(item)) {
                    candidates.add(item);
                }
            }
        } else {
            Map<ItemKey, Map<String, AttributeValue>> items = store.items(table.name());
            // A concurrent change may show an item under its old and its new entry at once; it is read once.
            Set<ItemKey> seen = new HashSet<>();
            for (IndexEntry entry : store.indexEntries(table.name(), index.name())
                    .tailSet(new IndexEntry(new ItemKey(partition, null), null), true)) {
                if (!partition.equals(entry.indexKey().hash())) {
                    break;
                }
                // The item is read again, so an entry of an item that just changed is judged by its current state.
                Map<String, AttributeValue> item = items.get(entry.tableKey());
                if (item != null && IndexView.contains(index, item) && keyCondition.matches(item)
                        && seen.add(entry.tableKey())) {
                    candidates.add(item);
                }
            }
        }
        Comparator<Map<String, AttributeValue>> order = order(table, index);
        candidates.sort(order);
        if (!request.scanForward()) {
            Collections.reverse(candidates);
            order = order.reversed();
        }
        return page(table, index, candidates, order, request.filter(), request.projection(), select,
                request.limit(), request.exclusiveStartKey());
    }

    ItemPage scan(ScanRequest request) {
        ReadChecks.beforeTable(request.limit(), request.segment(), request.totalSegments(), request.select(),
                request.projection(), request.indexName());
        TableDefinition table = ItemTables.require(store, request.tableName());
        SecondaryIndex index = ReadChecks.index(table, request.indexName(), request.consistentRead(),
                request.exclusiveStartKey() != null);
        ReadChecks.scan(table, index, request);
        String select = select(request.select(), request.projection(), index);
        List<Map<String, AttributeValue>> candidates = new ArrayList<>();
        for (Map.Entry<ItemKey, Map<String, AttributeValue>> entry
                : store.items(table.name()).entrySet()) {
            if (index != null && !IndexView.contains(index, entry.getValue())) {
                continue;
            }
            if (request.totalSegments() != null
                    && Math.floorMod(entry.getKey().hash().hashCode(), request.totalSegments())
                    != request.segment()) {
                continue;
            }
            candidates.add(entry.getValue());
        }
        Comparator<Map<String, AttributeValue>> order = order(table, null);
        return page(table, index, candidates, order, request.filter(), request.projection(), select,
                request.limit(), request.exclusiveStartKey());
    }

    private ItemPage page(TableDefinition table, SecondaryIndex index, List<Map<String, AttributeValue>> candidates,
                          Comparator<Map<String, AttributeValue>> order,
                          com.apartmentbooking.local.dynamodb.expression.Condition filter, Projection projection,
                          String select, Integer limit, Map<String, AttributeValue> start) {
        int position = 0;
        if (start != null) {
            while (position < candidates.size() && order.compare(candidates.get(position), start) <= 0) {
                position++;
            }
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        int count = 0;
        int scanned = 0;
        long bytes = 0;
        Map<String, AttributeValue> last = null;
        while (position < candidates.size()) {
            Map<String, AttributeValue> item = candidates.get(position++);
            scanned++;
            bytes += ItemSizes.of(item);
            // ALL_ATTRIBUTES on a local index reads the table's item, as AWS fetches it from the table.
            Map<String, AttributeValue> visible = index == null || select.equals("ALL_ATTRIBUTES") ? item
                    : IndexView.project(table, index, item);
            if (filter == null || filter.test(visible)) {
                count++;
                if (!select.equals("COUNT")) {
                    items.add(projection == null ? visible : projection.apply(visible));
                }
            }
            last = item;
            if ((limit != null && scanned >= limit) || bytes >= PAGE_BYTES) {
                break;
            }
        }
        Map<String, AttributeValue> lastEvaluated = position < candidates.size() && last != null
                ? IndexView.keys(table, index, last) : null;
        return new ItemPage(items, count, scanned, lastEvaluated);
    }

    /** The Select in effect: as requested (checked by {@link ReadChecks}), or the default for the request. */
    private static String select(String select, Projection projection, SecondaryIndex index) {
        if (select != null) {
            return select;
        }
        return projection != null ? "SPECIFIC_ATTRIBUTES" : index == null ? "ALL_ATTRIBUTES"
                : "ALL_PROJECTED_ATTRIBUTES";
    }

    /** Key order of a table, or of an index (its keys first, the table's keys breaking ties). */
    private static Comparator<Map<String, AttributeValue>> order(TableDefinition table, SecondaryIndex index) {
        Comparator<Map<String, AttributeValue>> byTable = Comparator.comparing(item -> itemKey(table.keySchema(), item));
        if (index == null) {
            return byTable;
        }
        Comparator<Map<String, AttributeValue>> byIndex = Comparator.comparing(item -> itemKey(index.keySchema(), item));
        return byIndex.thenComparing(byTable);
    }

    private static ItemKey itemKey(KeySchema keys, Map<String, AttributeValue> item) {
        return new ItemKey(item.get(keys.hashKey()), keys.rangeKey() == null ? null : item.get(keys.rangeKey()));
    }
}
