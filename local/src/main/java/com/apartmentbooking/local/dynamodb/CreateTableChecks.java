package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.CreateTableRequest.IndexRequest;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.KeyElement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CreateTable's own checks, with DynamoDB's texts and in DynamoDB's order: billing mode and throughput, the
 * table's key schema against the attribute definitions, then each local and global secondary index. They need no
 * table, so they come before the check that the table does not exist yet.
 */
final class CreateTableChecks {

    /** DynamoDB refuses provisioned capacities above this, whatever the account's limits. */
    static final long MAX_CAPACITY_UNITS = 1_000_000_000_000L;
    static final int MAX_LOCAL_INDEXES = 5;
    static final int MAX_GLOBAL_INDEXES = 20;
    private static final String INVALID = "One or more parameter values were invalid: ";

    private CreateTableChecks() {
    }

    static void check(CreateTableRequest request) {
        checkSchemaLength(request.keySchema());
        String mode = TableSpecs.billingMode(request.billingMode());
        if (mode.equals("PAY_PER_REQUEST")) {
            if (request.readCapacity() != null || request.writeCapacity() != null) {
                throw DynamoDbException.validation(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                        + "specified when BillingMode is PAY_PER_REQUEST");
            }
        } else {
            if (request.readCapacity() == null || request.writeCapacity() == null) {
                throw DynamoDbException.validation(INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be "
                        + "specified when BillingMode is PROVISIONED");
            }
            checkBounds(request.readCapacity(), request.writeCapacity(), "");
        }
        List<String> definitions = List.copyOf(request.attributeDefinitions().keySet());
        List<String> keys = names(request.keySchema());
        if (keys.size() > definitions.size()) {
            throw DynamoDbException.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        checkDefined(keys, definitions);
        checkKeyTypes(request.keySchema());
        if (request.localIndexes() == null && request.globalIndexes() == null && keys.size() != definitions.size()) {
            throw DynamoDbException.validation(INVALID + "Number of attributes in KeySchema does not exactly match "
                    + "number of attributes defined in AttributeDefinitions");
        }
        Set<String> indexNames = new HashSet<>();
        if (request.localIndexes() != null) {
            checkLocalIndexes(request, definitions, indexNames);
        }
        if (request.globalIndexes() != null) {
            checkGlobalIndexes(request, mode, definitions, indexNames);
        }
    }

    /** Given values of ReadCapacityUnits and WriteCapacityUnits; {@code where} ends the text (an index's name). */
    static void checkBounds(Long read, Long write, String where) {
        if (read != null && read > MAX_CAPACITY_UNITS) {
            throw DynamoDbException.validation("Given value " + read + " for ReadCapacityUnits is out of bounds" + where);
        }
        if (write != null && write > MAX_CAPACITY_UNITS) {
            throw DynamoDbException.validation("Given value " + write + " for WriteCapacityUnits is out of bounds"
                    + where);
        }
    }

    private static void checkLocalIndexes(CreateTableRequest request, List<String> definitions,
                                          Set<String> indexNames) {
        if (request.localIndexes().isEmpty()) {
            throw DynamoDbException.validation(INVALID + "List of LocalSecondaryIndexes is empty");
        }
        if (request.keySchema().size() != 2) {
            throw DynamoDbException.validation(INVALID + "Table KeySchema does not have a range key, which is required "
                    + "when specifying a LocalSecondaryIndex");
        }
        String tableHash = request.keySchema().get(0).attributeName();
        for (IndexRequest index : request.localIndexes()) {
            checkSchemaLength(index.keySchema());
            checkDefined(names(index.keySchema()), definitions);
            checkKeyTypes(index.keySchema());
            if (index.keySchema().size() != 2) {
                throw DynamoDbException.validation(INVALID + "Index KeySchema does not have a range key for index: "
                        + index.name());
            }
            String indexHash = index.keySchema().get(0).attributeName();
            if (!indexHash.equals(tableHash)) {
                throw DynamoDbException.validation(INVALID + "Index KeySchema does not have the same leading hash key "
                        + "as table KeySchema for index: " + index.name() + ". index hash key: " + indexHash
                        + ", table hash key: " + tableHash);
            }
            checkProjection(index);
            checkUniqueName(index, indexNames);
        }
        if (request.localIndexes().size() > MAX_LOCAL_INDEXES) {
            throw DynamoDbException.validation(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of "
                    + MAX_LOCAL_INDEXES);
        }
    }

    private static void checkGlobalIndexes(CreateTableRequest request, String mode, List<String> definitions,
                                           Set<String> indexNames) {
        if (request.globalIndexes().isEmpty()) {
            throw DynamoDbException.validation(INVALID + "List of GlobalSecondaryIndexes is empty");
        }
        for (IndexRequest index : request.globalIndexes()) {
            checkSchemaLength(index.keySchema());
            checkDefined(names(index.keySchema()), definitions);
            checkKeyTypes(index.keySchema());
            checkProjection(index);
            if (mode.equals("PAY_PER_REQUEST") && (index.readCapacity() != null || index.writeCapacity() != null)) {
                throw DynamoDbException.validation(INVALID + "ProvisionedThroughput should not be specified for index: "
                        + index.name() + " when BillingMode is PAY_PER_REQUEST");
            }
            checkUniqueName(index, indexNames);
        }
        if (request.globalIndexes().size() > MAX_GLOBAL_INDEXES) {
            throw DynamoDbException.validation(INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of "
                    + MAX_GLOBAL_INDEXES);
        }
    }

    /** A KeySchema holds one or two elements (a constraint DynamoDB checks with the request's shape). */
    private static void checkSchemaLength(List<KeyElement> elements) {
        if (elements.isEmpty() || elements.size() > 2) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + elements + "' at "
                    + "'keySchema' failed to satisfy constraint: Member must have length "
                    + (elements.isEmpty() ? "greater than or equal to 1" : "less than or equal to 2"));
        }
    }

    private static void checkDefined(List<String> keys, List<String> definitions) {
        if (!definitions.containsAll(keys)) {
            throw DynamoDbException.validation(INVALID + "Some index key attributes are not defined in "
                    + "AttributeDefinitions. Keys: " + keys + ", AttributeDefinitions: " + definitions);
        }
    }

    private static void checkKeyTypes(List<KeyElement> elements) {
        if (elements.size() == 2 && elements.get(0).attributeName().equals(elements.get(1).attributeName())) {
            throw DynamoDbException.validation("Both the Hash Key and the Range Key element in the KeySchema have the "
                    + "same name");
        }
        if (!"HASH".equals(elements.get(0).keyType())) {
            throw DynamoDbException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (elements.size() == 2 && !"RANGE".equals(elements.get(1).keyType())) {
            throw DynamoDbException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
    }

    /** An index states its ProjectionType; NonKeyAttributes only go with INCLUDE. */
    static void checkProjection(IndexRequest index) {
        if (index.projectionType() == null) {
            throw DynamoDbException.validation(INVALID + "Unknown ProjectionType: null");
        }
        if (!index.nonKeyAttributes().isEmpty() && !index.projectionType().equals("INCLUDE")) {
            throw DynamoDbException.validation(INVALID + "ProjectionType is " + index.projectionType()
                    + ", but NonKeyAttributes is specified");
        }
    }

    private static void checkUniqueName(IndexRequest index, Set<String> indexNames) {
        if (!indexNames.add(index.name())) {
            throw DynamoDbException.validation(INVALID + "Duplicate index name: " + index.name());
        }
    }

    private static List<String> names(List<KeyElement> elements) {
        return elements.stream().map(KeyElement::attributeName).toList();
    }
}
