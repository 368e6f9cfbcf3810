package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.expression.DocumentPath;
import com.apartmentbooking.local.dynamodb.value.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extracts and validates primary keys with AWS's texts: a Key parameter must be exactly the table's key
 * attributes with their declared types; an item being written must contain them (and any index key it has must
 * have the index's type).
 */
final class PrimaryKeys {

    static final String KEY_MISMATCH = "The provided key element does not match the schema";
    /** AWS limits a partition key value to 2048 bytes and a sort key value to 1024 bytes (numbers always fit). */
    static final int MAX_HASH_KEY_BYTES = 2048;
    static final int MAX_RANGE_KEY_BYTES = 1024;

    private PrimaryKeys() {
    }

    /** The key of a Key parameter (GetItem, DeleteItem, UpdateItem, batch and transaction keys). */
    static ItemKey fromKey(TableDefinition table, Map<String, AttributeValue> key) {
        String hashName = table.keySchema().hashKey();
        String rangeName = table.keySchema().rangeKey();
        int expected = rangeName == null ? 1 : 2;
        if (key == null || key.size() != expected) {
            throw DynamoDbException.validation(KEY_MISMATCH);
        }
        AttributeValue hash = typed(table, hashName, key.get(hashName));
        AttributeValue range = rangeName == null ? null : typed(table, rangeName, key.get(rangeName));
        return new ItemKey(hash, range);
    }

    private static AttributeValue typed(TableDefinition table, String name, AttributeValue value) {
        checkKeyPiece(value, table.attributeDefinitions().get(name), name.equals(table.keySchema().hashKey()));
        requireNotEmpty(name, value);
        return value;
    }

    /** One key attribute's value of a Key or ExclusiveStartKey: present, of the declared type, within the size. */
    static void checkKeyPiece(AttributeValue value, String declaredType, boolean hash) {
        if (value == null || !value.type().equals(declaredType)) {
            throw DynamoDbException.validation(KEY_MISMATCH);
        }
        checkKeySize(value, hash);
    }

    static void checkKeySize(AttributeValue value, boolean hash) {
        long bytes = value instanceof AttributeValue.S s ? s.value().getBytes(StandardCharsets.UTF_8).length
                : value instanceof AttributeValue.B b ? b.length() : 0;
        if (hash && bytes > MAX_HASH_KEY_BYTES) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Size of hashkey has exceeded "
                    + "the maximum size limit of" + MAX_HASH_KEY_BYTES + " bytes");
        }
        if (!hash && bytes > MAX_RANGE_KEY_BYTES) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Aggregated size of all range "
                    + "keys has exceeded the size limit of " + MAX_RANGE_KEY_BYTES + " bytes");
        }
    }

    /** The key of an item being written (PutItem, BatchWriteItem puts, transactional puts). */
    static ItemKey fromItem(TableDefinition table, Map<String, AttributeValue> item) {
        String hashName = table.keySchema().hashKey();
        String rangeName = table.keySchema().rangeKey();
        AttributeValue hash = itemKeyValue(table, item, hashName);
        AttributeValue range = rangeName == null ? null : itemKeyValue(table, item, rangeName);
        checkIndexKeys(table, item);
        return new ItemKey(hash, range);
    }

    private static AttributeValue itemKeyValue(TableDefinition table, Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null) {
            throw DynamoDbException.validation(
                    "One or more parameter values were invalid: Missing the key " + name + " in the item");
        }
        String expected = table.attributeDefinitions().get(name);
        if (!value.type().equals(expected)) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Type mismatch for key "
                    + name + " expected: " + expected + " actual: " + value.type());
        }
        checkKeySize(value, name.equals(table.keySchema().hashKey()));
        requireNotEmpty(name, value);
        return value;
    }

    /** An item may lack an index's key attributes (it is then not in the index) but may not have wrong types. */
    static void checkIndexKeys(TableDefinition table, Map<String, AttributeValue> item) {
        Map<String, String> types = new LinkedHashMap<>();
        item.forEach((name, value) -> types.put(name, value.type()));
        checkIndexKeyTypes(table, types);
        for (SecondaryIndex index : indexesInCheckOrder(table)) {
            for (String name : new String[] {index.keySchema().hashKey(), index.keySchema().rangeKey()}) {
                AttributeValue value = name == null ? null : item.get(name);
                if (value != null && isEmpty(value)) {
                    throw DynamoDbException.validation("One or more parameter values are not valid. A value "
                            + "specified for a secondary index key is not supported. The AttributeValue for a key "
                            + "attribute cannot contain an empty " + (value.type().equals("S") ? "string" : "binary")
                            + " value. IndexName: " + index.name() + ", IndexKey: " + name);
                }
            }
        }
    }

    /** The types written to attributes ({@code types}: name to type) against the index keys' definitions. */
    static void checkIndexKeyTypes(TableDefinition table, Map<String, String> types) {
        for (SecondaryIndex index : indexesInCheckOrder(table)) {
            for (String name : new String[] {index.keySchema().hashKey(), index.keySchema().rangeKey()}) {
                String actual = name == null ? null : types.get(name);
                String expected = actual == null ? null : table.attributeDefinitions().get(name);
                if (actual != null && !actual.equals(expected)) {
                    throw DynamoDbException.validation(
                            "One or more parameter values were invalid: Type mismatch for Index Key " + name
                                    + " Expected: " + expected + " Actual: " + actual + " IndexName: "
                                    + index.name());
                }
            }
        }
    }

    /** DynamoDB checks the global indexes first, each group from the last declared to the first. */
    private static List<SecondaryIndex> indexesInCheckOrder(TableDefinition table) {
        List<SecondaryIndex> indexes = new ArrayList<>(table.indexes());
        Collections.reverse(indexes);
        indexes.sort(Comparator.comparing(index -> !index.global()));
        return indexes;
    }

    /** Key attributes are scalars: AWS refuses paths (of a projection or an update) that reach into one. */
    static void checkPathsIntoKeys(TableDefinition table, List<DocumentPath> paths) {
        Set<String> nestedHeads = new LinkedHashSet<>();
        paths.stream().filter(path -> !path.isTopLevel()).forEach(path -> nestedHeads.add(path.attributeName()));
        checkKeyPaths(table, nestedHeads);
    }

    /**
     * Key attributes are scalars: AWS refuses an expression that reaches into one ({@code nestedHeads}: the
     * top-level attributes of the paths with more than one step), the table's keys first, then the indexes' keys.
     */
    static void checkKeyPaths(TableDefinition table, Set<String> nestedHeads) {
        String refusal = "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ";
        for (String name : new String[] {table.keySchema().hashKey(), table.keySchema().rangeKey()}) {
            if (name != null && nestedHeads.contains(name)) {
                throw DynamoDbException.validation(refusal + "Key: " + name);
            }
        }
        for (SecondaryIndex index : indexesInCheckOrder(table)) {
            for (String name : new String[] {index.keySchema().hashKey(), index.keySchema().rangeKey()}) {
                if (name != null && nestedHeads.contains(name)) {
                    throw DynamoDbException.validation(refusal + "IndexKey: " + name);
                }
            }
        }
    }

    private static void requireNotEmpty(String name, AttributeValue value) {
        if (isEmpty(value)) {
            throw DynamoDbException.validation("One or more parameter values are not valid. The AttributeValue "
                    + "for a key attribute cannot contain an empty " + (value.type().equals("S") ? "string" : "binary")
                    + " value. Key: " + name);
        }
    }

    private static boolean isEmpty(AttributeValue value) {
        return (value instanceof AttributeValue.S s && s.value().isEmpty())
                || (value instanceof AttributeValue.B b && b.length() == 0);
    }
}
