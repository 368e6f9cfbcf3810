package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.Condition;
import com.apartmentbooking.local.dynamodb.expression.KeyCondition;
import com.apartmentbooking.local.dynamodb.expression.KeyConditions;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import com.apartmentbooking.local.dynamodb.expression.Projection;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * AWS's checks of a Query or Scan with its texts and in its order: first those that need no table (Limit, Segment,
 * Select), then, once the table is found, the index, the ExclusiveStartKey piece by piece, the key conditions and
 * the filter against the key schema read.
 */
final class ReadChecks {

    static final String START_KEY_INVALID = "The provided starting key is invalid";

    private ReadChecks() {
    }

    /** Before the table is looked up; {@code segment} and {@code totalSegments} are null for a Query. */
    static void beforeTable(Integer limit, Integer segment, Integer totalSegments, String select,
                            Projection projection, String indexName) {
        if (limit != null && limit < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + limit + "' at 'limit' "
                    + "failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        segments(segment, totalSegments);
        if (select == null) {
            return;
        }
        switch (select) {
            case "ALL_ATTRIBUTES", "COUNT", "SPECIFIC_ATTRIBUTES" -> {
            }
            case "ALL_PROJECTED_ATTRIBUTES" -> {
                if (indexName == null) {
                    throw DynamoDbException.validation(
                            "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
                }
            }
            default -> throw DynamoDbException.validation("1 validation error detected: Value '" + select
                    + "' at 'select' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]");
        }
        if (projection != null && !select.equals("SPECIFIC_ATTRIBUTES")) {
            throw DynamoDbException.validation("Cannot specify the AttributesToGet when choosing to get only the "
                    + (select.equals("COUNT") ? "Count" : select));
        }
    }

    /** Segment and TotalSegments together; a Scan checks them before its expressions and again before the table. */
    static void segments(Integer segment, Integer totalSegments) {
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

    /** The index read (null: the table); an unknown index is named before any ExclusiveStartKey is checked. */
    static SecondaryIndex index(TableDefinition table, String indexName, boolean consistentRead) {
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

    /**
     * A Query's checks against the table and index: the ExclusiveStartKey and the key conditions key by key, then
     * the start key against the table's key and the conditions, then the filter, then ALL_ATTRIBUTES on a GSI.
     */
    static KeyCondition query(TableDefinition table, SecondaryIndex index, QueryRequest request) {
        KeySchema keys = index == null ? table.keySchema() : index.keySchema();
        Map<String, AttributeValue> start = request.exclusiveStartKey();
        if (start != null && start.size() != startKeyNames(table, index).size()) {
            throw DynamoDbException.validation(START_KEY_INVALID);
        }
        KeyConditions conditions = request.keyConditions();
        for (String name : names(keys)) {
            boolean hash = name.equals(keys.hashKey());
            String type = table.attributeDefinitions().get(name);
            if (start != null) {
                if (!start.containsKey(name)) {
                    throw DynamoDbException.validation(START_KEY_INVALID);
                }
                PrimaryKeys.checkKeyPiece(start.get(name), type, hash);
            }
            conditions.checkKey(name, hash, keys.rangeKey() == null, type);
        }
        KeyCondition keyCondition = conditions.on(keys);
        if (start != null) {
            checkTableKey(table, start);
            AttributeValue startPartition = start.get(keys.hashKey());
            if (keyCondition.sortCondition() == null) {
                if (!keyCondition.partitionValue().equals(startPartition)) {
                    throw DynamoDbException.validation("The provided starting key is outside query boundaries based "
                            + "on provided conditions");
                }
            } else {
                if (!keyCondition.sortCondition().matches(start.get(keys.rangeKey()))) {
                    throw DynamoDbException.validation(
                            "The provided starting key does not match the range key predicate");
                }
                if (!keyCondition.partitionValue().equals(startPartition)) {
                    throw DynamoDbException.validation(
                            "The query can return at most one row and cannot be restarted");
                }
            }
        }
        checkProjectionPaths(table, request.projection());
        for (String name : names(keys)) {
            if (request.filterAttributes().contains(name)) {
                throw DynamoDbException.validation(request.filterParameter() + " can only contain non-primary key "
                        + "attributes: Primary key attribute: " + name);
            }
        }
        checkAllAttributes(request.select(), index);
        checkProjected(table, index, request.projection());
        PrimaryKeys.checkKeyPaths(table, nestedHeads(request.filter()));
        return keyCondition;
    }

    /** A Scan's checks against the table and index: the ExclusiveStartKey's pieces, ALL_ATTRIBUTES on a GSI. */
    static void scan(TableDefinition table, SecondaryIndex index, ScanRequest request) {
        Map<String, AttributeValue> start = request.exclusiveStartKey();
        if (start != null && start.size() != startKeyNames(table, index).size()) {
            throw DynamoDbException.validation(index != null ? START_KEY_INVALID
                    : START_KEY_INVALID + ": " + PrimaryKeys.KEY_MISMATCH);
        }
        if (start != null && index != null) {
            for (String name : names(index.keySchema())) {
                if (!start.containsKey(name)) {
                    throw DynamoDbException.validation(START_KEY_INVALID);
                }
                PrimaryKeys.checkKeyPiece(start.get(name), table.attributeDefinitions().get(name),
                        name.equals(index.keySchema().hashKey()));
            }
        }
        checkAllAttributes(request.select(), index);
        checkProjected(table, index, request.projection());
        if (start != null) {
            checkTableKey(table, start);
            checkStartSegment(index == null ? table.keySchema() : index.keySchema(), request);
        }
        checkProjectionPaths(table, request.projection());
        PrimaryKeys.checkKeyPaths(table, nestedHeads(request.filter()));
    }

    /** A parallel Scan resumes only in its own segment: DynamoDB refuses a start key another segment returned. */
    private static void checkStartSegment(KeySchema keys, ScanRequest request) {
        ScanSegment segment = ScanSegment.of(request.segment(), request.totalSegments());
        if (!segment.containsHash(request.exclusiveStartKey().get(keys.hashKey()))) {
            throw DynamoDbException.validation(START_KEY_INVALID + ": Invalid ExclusiveStartKey. Please use "
                    + "ExclusiveStartKey with correct Segment. TotalSegments: " + request.totalSegments()
                    + " Segment: " + request.segment());
        }
    }

    private static void checkProjectionPaths(TableDefinition table, Projection projection) {
        if (projection != null) {
            PrimaryKeys.checkPathsIntoKeys(table, projection.paths());
        }
    }

    private static Set<String> nestedHeads(Condition filter) {
        return filter == null ? Set.of() : ConditionAttributes.nested(filter);
    }

    /** A GSI that does not project every attribute cannot answer ALL_ATTRIBUTES (an LSI fetches from the table). */
    private static void checkAllAttributes(String select, SecondaryIndex index) {
        if ("ALL_ATTRIBUTES".equals(select) && index != null && index.global()
                && !index.projectionType().equals("ALL")) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Select type ALL_ATTRIBUTES "
                    + "is not supported for global secondary index " + index.name()
                    + " because its projection type is not ALL");
        }
    }

    /** A GSI answers only what it projects; AWS refuses a projection of other attributes (an LSI fetches them). */
    private static void checkProjected(TableDefinition table, SecondaryIndex index, Projection projection) {
        if (projection == null || index == null || !index.global() || index.projectionType().equals("ALL")) {
            return;
        }
        Set<String> projected = new LinkedHashSet<>(startKeyNames(table, index));
        projected.addAll(index.nonKeyAttributes());
        List<String> missing = projection.attributeNames().stream().filter(name -> !projected.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Global secondary index "
                    + index.name() + " does not project " + missing);
        }
    }

    /** The table's key attributes within an ExclusiveStartKey, each present, of its type and size. */
    private static void checkTableKey(TableDefinition table, Map<String, AttributeValue> start) {
        KeySchema keys = table.keySchema();
        try {
            for (String name : names(keys)) {
                PrimaryKeys.checkKeyPiece(start.get(name), table.attributeDefinitions().get(name),
                        name.equals(keys.hashKey()));
            }
        } catch (DynamoDbException e) {
            throw DynamoDbException.validation(START_KEY_INVALID + ": " + e.getMessage());
        }
    }

    /** The attributes an ExclusiveStartKey holds: the table's keys, then the index's. */
    private static Set<String> startKeyNames(TableDefinition table, SecondaryIndex index) {
        Set<String> names = new LinkedHashSet<>(names(table.keySchema()));
        if (index != null) {
            names.addAll(names(index.keySchema()));
        }
        return names;
    }

    private static List<String> names(KeySchema keys) {
        List<String> names = new ArrayList<>();
        names.add(keys.hashKey());
        if (keys.rangeKey() != null) {
            names.add(keys.rangeKey());
        }
        return names;
    }
}
