package com.apartmentbooking.local.dynamodb.shape;

import com.apartmentbooking.local.dynamodb.DynamoDbException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The TableName of the table operations (CreateTable, DescribeTable, UpdateTable, ...), which DynamoDB checks before
 * the framework's constraints and in its own words: it must be present, and a name must be 3 to 255 characters long.
 * Its pattern stays a constraint, reported with the others.
 */
final class TableNameParameter {

    private static final String MEMBER = "TableName";

    private TableNameParameter() {
    }

    static void check(JsonNode request) {
        JsonNode name = request.get(MEMBER);
        if (name == null || name.isNull()) {
            throw DynamoDbException.validation(
                    "The parameter '" + MEMBER + "' is required but was not present in the request");
        }
        String text = name.textValue();
        if (!text.startsWith("arn:") && (text.length() < 3 || text.length() > 255)) {
            throw DynamoDbException.validation(
                    MEMBER + " must be at least 3 characters long and at most 255 characters long");
        }
    }
}
