package com.apartmentbooking.local.dynamodb;

import com.apartmentbooking.local.dynamodb.CreateTableRequest.IndexRequest;
import com.apartmentbooking.local.dynamodb.CreateTableRequest.KeyElement;
import com.apartmentbooking.local.dynamodb.expression.KeySchema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates the parts of CreateTable and UpdateTable requests with AWS's texts and turns them into the table
 * model: key schemas, secondary indexes, attribute definitions, billing mode and throughput.
 */
final class TableSpecs {

    private TableSpecs() {
    }

    static KeySchema keySchema(List<KeyElement> elements) {
        if (elements == null || elements.isEmpty() || elements.size() > 2) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + elements + "' at "
                    + "'keySchema' failed to satisfy constraint: Member must have length "
                    + (elements == null || elements.isEmpty() ? "greater than or equal to 1"
                    : "less than or equal to 2"));
        }
        if (!"HASH".equals(elements.get(0).keyType())) {
            throw DynamoDbException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (elements.size() == 2) {
            if (!"RANGE".equals(elements.get(1).keyType())) {
                throw DynamoDbException.validation(
                        "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            }
            if (elements.get(0).attributeName().equals(elements.get(1).attributeName())) {
                throw DynamoDbException.validation("Both the Hash Key and the Range Key element in the KeySchema "
                        + "have the same name");
            }
            return new KeySchema(elements.get(0).attributeName(), elements.get(1).attributeName());
        }
        return new KeySchema(elements.get(0).attributeName(), null);
    }

    static SecondaryIndex index(IndexRequest request, boolean global, String tableBillingMode) {
        KeySchema keys = keySchema(request.keySchema());
        String projection = request.projectionType();
        if (projection != null && !Set.of("ALL", "KEYS_ONLY", "INCLUDE").contains(projection)) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + projection + "' at "
                    + "'projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[ALL, INCLUDE, KEYS_ONLY]");
        }
        CreateTableChecks.checkProjection(request);
        long read = 0;
        long write = 0;
        if (global) {
            if ("PAY_PER_REQUEST".equals(tableBillingMode)
                    && (request.readCapacity() != null || request.writeCapacity() != null)) {
                throw DynamoDbException.validation("One or more parameter values were invalid: ProvisionedThroughput "
                        + "should not be specified for index: " + request.name() + " when BillingMode is "
                        + "PAY_PER_REQUEST");
            }
            long[] capacity = capacity(tableBillingMode, request.readCapacity(), request.writeCapacity());
            read = capacity[0];
            write = capacity[1];
        }
        return new SecondaryIndex(request.name(), global, keys, projection, request.nonKeyAttributes(), read, write);
    }

    static void checkAttributeDefinitions(KeySchema table, List<SecondaryIndex> indexes,
                                          Map<String, String> definitions) {
        Set<String> keyAttributes = new LinkedHashSet<>();
        keyAttributes.add(table.hashKey());
        if (table.rangeKey() != null) {
            keyAttributes.add(table.rangeKey());
        }
        Set<String> names = new LinkedHashSet<>();
        for (SecondaryIndex index : indexes) {
            if (!names.add(index.name())) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Duplicate index name: "
                        + index.name());
            }
            keyAttributes.add(index.keySchema().hashKey());
            if (index.keySchema().rangeKey() != null) {
                keyAttributes.add(index.keySchema().rangeKey());
            }
        }
        for (Map.Entry<String, String> definition : definitions.entrySet()) {
            if (!Set.of("S", "N", "B").contains(definition.getValue())) {
                throw DynamoDbException.validation("1 validation error detected: Value '" + definition.getValue()
                        + "' at 'attributeDefinitions.member.attributeType' failed to satisfy constraint: Member "
                        + "must satisfy enum value set: [B, N, S]");
            }
        }
        if (!definitions.keySet().containsAll(keyAttributes)) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Some index key attributes "
                    + "are not defined in AttributeDefinitions. Keys: " + List.copyOf(keyAttributes)
                    + ", AttributeDefinitions: " + List.copyOf(definitions.keySet()));
        }
        if (definitions.size() != keyAttributes.size()) {
            throw DynamoDbException.validation("One or more parameter values were invalid: Number of attributes in "
                    + "KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
        }
    }

    static String billingMode(String requested) {
        if (requested == null) {
            return "PROVISIONED";
        }
        if (!requested.equals("PROVISIONED") && !requested.equals("PAY_PER_REQUEST")) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + requested + "' at "
                    + "'billingMode' failed to satisfy constraint: Member must satisfy enum value set: "
                    + "[PROVISIONED, PAY_PER_REQUEST]");
        }
        return requested;
    }

    static long[] capacity(String billingMode, Long read, Long write) {
        if ("PAY_PER_REQUEST".equals(billingMode)) {
            if (read != null || write != null) {
                throw DynamoDbException.validation("One or more parameter values were invalid: Neither "
                        + "ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is "
                        + "PAY_PER_REQUEST");
            }
            return new long[] {0, 0};
        }
        if (read == null || write == null) {
            throw DynamoDbException.validation("One or more parameter values were invalid: ReadCapacityUnits and "
                    + "WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        if (read < 1 || write < 1) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + Math.min(read, write)
                    + "' at 'provisionedThroughput." + (read < 1 ? "readCapacityUnits" : "writeCapacityUnits")
                    + "' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        return new long[] {read, write};
    }
}
