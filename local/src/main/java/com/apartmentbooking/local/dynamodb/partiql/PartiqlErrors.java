package com.apartmentbooking.local.dynamodb.partiql;

import com.apartmentbooking.local.dynamodb.DynamoDbException;

/** DynamoDB's errors of PartiQL statements, each worded in one place. */
final class PartiqlErrors {

    static final String DUPLICATE_ITEM = "Duplicate primary key exists in table";

    private PartiqlErrors() {
    }

    /** A statement the parser cannot read; {@code detail} says what it stumbled on. */
    static DynamoDbException malformed(String detail) {
        return DynamoDbException.validation("Statement wasn't well formed, can't be processed: " + detail);
    }

    static DynamoDbException parameterCount() {
        return DynamoDbException.validation("Number of parameters in request and statement don't match.");
    }

    /** UPDATE and DELETE (and the reads of batches and transactions) name exactly one item. */
    static DynamoDbException keyEquality() {
        return DynamoDbException.validation("Where clause does not contain a mandatory equality on all key attributes");
    }

    static DynamoDbException duplicateItem() {
        return new DynamoDbException("DuplicateItemException", DUPLICATE_ITEM, 400);
    }

    static DynamoDbException unsupported(String what) {
        return DynamoDbException.validation("Unsupported operation: " + what);
    }

    static DynamoDbException invalidValue(String detail) {
        return DynamoDbException.validation("Invalid value: " + detail);
    }

    static DynamoDbException deleteReturning(String returning) {
        return DynamoDbException.validation("Invalid returning clause: RETURNING " + returning
                + " *. Only RETURNING ALL OLD * is allowed in DELETE statements.");
    }

    static DynamoDbException invalidNextToken() {
        return DynamoDbException.validation("The provided NextToken is invalid");
    }

    static DynamoDbException mixedStatements(String operation) {
        return DynamoDbException.validation(operation + " statements must either be all reads or all writes");
    }

    static DynamoDbException tooMany(String member, int count, int max) {
        return DynamoDbException.validation("1 validation error detected: Value at '" + member + "' failed to "
                + "satisfy constraint: Member must have length " + (count < 1 ? "greater than or equal to 1"
                : "less than or equal to " + max));
    }
}
