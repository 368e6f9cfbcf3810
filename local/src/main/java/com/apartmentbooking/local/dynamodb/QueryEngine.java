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
        TableDefinition table = ItemTables.require(store, request.tableName());
        SecondaryIndex index = index(table, request.indexName(), request.consistentRead());
        KeySchema keys = index == null ? table.keySchema() : index.keySchema();
        KeyCondition keyCondition = request.keyCondition().apply(keys);
        checkLimit(request.limit());
        String select = select(request.select(), request.projection(), index);
        AttributeValue partition = keyCondition.partitionValue();
        checkKeyTypes(table, keys, keyCondition);
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
        Map<String, AttributeValue> start = request.exclusiveStartKey();
        if (start != null) {
            checkStartKey(table, index, start);
            if (!partition.equals(start.get(keys.hashKey()))) {
                throw DynamoDbException.validation("The provided starting key is outside query boundaries based on "
                        + "provided conditions");
            }
        }
        return page(table, index, candidates, order, request.filter(), request.projection(), select,
                request.limit(), start, CapacityUnits.ReadMode.of(request.consistentRead()));
    }

    ItemPage scan(ScanRequest request) {
        TableDefinition table = ItemTables.require(store, request.tableName());
        SecondaryIndex index = index(table, request.indexName(), request.consistentRead());
        checkLimit(request.limit());
        checkSegments(request.segment(), request.totalSegments());
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
        if (request.exclusiveStartKey() != null) {
            checkStartKey(table, index, request.exclusiveStartKey());
        }
        return page(table, index, candidates, order, request.filter(), request.projection(), select,
                request.limit(), request.exclusiveStartKey(), CapacityUnits.ReadMode.of(request.consistentRead()));
    }

    private ItemPage page(TableDefinition table, SecondaryIndex index, List<Map<String, AttributeValue>> candidates,
                          Comparator<Map<String, AttributeValue>> order,
                          com.apartmentbooking.local.dynamodb.expression.Condition filter, Projection projection,
                          String select, Integer limit, Map<String, AttributeValue> start,
                          CapacityUnits.ReadMode readMode) {
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
        // What was read, for the capacity: whole items of the table, entries of the index.
        long tableBytes = 0;
        long indexBytes = 0;
        boolean fetchesFromTable = fetchesFromTable(table, index, select, projection);
        Map<String, AttributeValue> last = null;
        while (position < candidates.size()) {
            Map<String, AttributeValue> item = candidates.get(position++);
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
            if ((limit != null && scanned >= limit) || bytes >= PAGE_BYTES) {
                break;
            }
        }
        Map<String, AttributeValue> lastEvaluated = position < candidates.size() && last != null
                ? IndexView.keys(table, index, last) : null;
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
